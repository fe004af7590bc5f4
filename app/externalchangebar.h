// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace causeway {

/**
 * The bar above the views that says the open file was changed (or removed) by another program,
 * offering Reload and Keep Mine. It does not block: the user can finish a sentence first.
 */
class ExternalChangeBar : public QFrame
{
    Q_OBJECT
public:
    explicit ExternalChangeBar(QWidget *parent = nullptr);

    /// Shows the bar for \a fileName; \a removed when the file is gone (then there is nothing to reload).
    void showChange(const QString &fileName, bool removed);
    QString message() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void reloadRequested();
    void keepRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_reload;
    QPushButton *m_keep;
};

} // namespace causeway
