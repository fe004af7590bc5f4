// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QVector>

class QLineEdit;
class QListWidget;

namespace causeway {

/**
 * A popup list of entries with check boxes, to choose several at once (the nodes an action
 * addresses, the events or the nodes an evidence item supports). A filter field narrows the list. When it
 * closes (click outside, Enter) it reports the checked entries once if they changed; Escape reports nothing.
 */
class CheckListPopup : public QFrame
{
    Q_OBJECT
public:
    struct Entry
    {
        quint64 id = 0;
        QString text;
    };

    CheckListPopup(const QString &title, const QVector<Entry> &entries, const QVector<quint64> &checked,
        QWidget *parent = nullptr);

    /// The checked ids, sorted.
    QVector<quint64> checkedIds() const;
    /// Sets the check of the entry \a id (for keyboard-free tests and for "select all").
    void setChecked(quint64 id, bool checked);
    /// Shows the popup below \a anchor (global coordinates), kept on the screen.
    void popup(const QRect &anchor);

Q_SIGNALS:
    void chosen(const QVector<quint64> &ids);

protected:
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
    QVector<quint64> m_initial;
    bool m_cancelled = false;
};

} // namespace causeway
