// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace causeway {

/// Asks why a finding is kept as it is; OK needs a reason, since the document keeps it for readers.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AcknowledgeDialog(const Finding &finding, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace causeway
