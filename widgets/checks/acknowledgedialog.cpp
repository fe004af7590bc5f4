// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

AcknowledgeDialog::AcknowledgeDialog(const Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Acknowledge Finding"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        tr("<p><b>%1</b></p><p>%2</p>").arg(finding.checkId.toHtmlEscaped(), finding.message.toHtmlEscaped()),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *ask = new QLabel(tr("&Why is it kept as it is? The reason is saved with the post-mortem."), this);
    ask->setWordWrap(true);
    ask->setBuddy(m_reason);
    layout->addWidget(ask);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. \"Quoted from the earlier post-mortem on purpose\""));
    layout->addWidget(m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    resize(440, 260);
}

QString AcknowledgeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace causeway
