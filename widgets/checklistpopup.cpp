// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpopup.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

CheckListPopup::CheckListPopup(
    const QString &title, const QVector<Entry> &entries, const QVector<quint64> &checked, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_initial(checked)
{
    std::sort(m_initial.begin(), m_initial.end());
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_list->setAccessibleName(title);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *hint = new QLabel(tr("Click or Space to check · Enter to apply · Esc to cancel"), this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.text);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    // A click anywhere on a row toggles it, not only on the small box.
    connect(m_list, &QListWidget::itemClicked, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    resize(560, 380);
}

QVector<quint64> CheckListPopup::checkedIds() const
{
    QVector<quint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toULongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CheckListPopup::setChecked(quint64 id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toULongLong() == id)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void CheckListPopup::popup(const QRect &anchor)
{
    QPoint pos = anchor.bottomLeft();
    if (const QScreen *screen = QGuiApplication::screenAt(anchor.center())) {
        const QRect area = screen->availableGeometry();
        pos.setX(qBound(area.left(), pos.x(), area.right() - width()));
        if (pos.y() + height() > area.bottom())
            pos.setY(anchor.top() - height());
    }
    move(pos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

bool CheckListPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_cancelled = true;
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            close();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Space && m_list->currentItem()) {
            QListWidgetItem *item = m_list->currentItem();
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return false;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CheckListPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    const QVector<quint64> ids = checkedIds();
    if (!m_cancelled && ids != m_initial) {
        m_initial = ids;
        Q_EMIT chosen(ids);
    }
}

} // namespace causeway
