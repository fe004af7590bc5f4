// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangebar.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace causeway {

ExternalChangeBar::ExternalChangeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_keep(new QPushButton(tr("&Keep Mine"), this))
{
    setObjectName(QStringLiteral("externalChangeBar"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight, lightened: noticeable in light and dark themes without being an error.
    setAutoFillBackground(true);
    QPalette p = palette();
    const QColor highlight = p.color(QPalette::Highlight);
    p.setColor(QPalette::Window,
        p.color(QPalette::Window).lightness() > 128 ? highlight.lighter(185) : highlight.darker(220));
    setPalette(p);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_reload->setToolTip(tr("Replace the open post-mortem with the version on disk"));
    m_keep->setToolTip(tr("Keep the open post-mortem; saving it replaces the version on disk"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);

    connect(m_reload, &QPushButton::clicked, this, &ExternalChangeBar::reloadRequested);
    connect(m_keep, &QPushButton::clicked, this, &ExternalChangeBar::keepRequested);
    hide();
}

void ExternalChangeBar::showChange(const QString &fileName, bool removed)
{
    const QString name = QFileInfo(fileName).fileName();
    m_text->setText(removed
            ? tr("%1 was moved or deleted by another program. Saving writes it again.").arg(name)
            : tr("%1 was changed on disk by another program since it was opened or saved here.").arg(name));
    m_text->setToolTip(QDir::toNativeSeparators(fileName));
    m_reload->setVisible(!removed);
    show();
}

QString ExternalChangeBar::message() const
{
    return m_text->text();
}

} // namespace causeway
