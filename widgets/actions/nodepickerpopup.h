// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace causeway {

class Document;

/**
 * A popup listing the causal nodes with check boxes, to choose several at once (the nodes an
 * action addresses). A filter field narrows the list. When the popup closes (click outside,
 * Enter, Escape) it reports the checked nodes once; Escape reports nothing.
 */
class NodePickerPopup : public QFrame
{
    Q_OBJECT
public:
    NodePickerPopup(const Document &document, const QVector<NodeId> &checked, QWidget *parent = nullptr);

    QVector<NodeId> checkedNodes() const;
    /// Shows the popup below \a anchor (global coordinates), kept on the screen.
    void popup(const QRect &anchor);

Q_SIGNALS:
    void chosen(const QVector<NodeId> &nodes);

protected:
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
    QVector<NodeId> m_initial;
    bool m_cancelled = false;
};

} // namespace causeway
