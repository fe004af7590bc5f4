// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QFrame>

namespace causeway {

/**
 * A card of the form that stands for one causal node: a node of the trigger, conditions,
 * defences or warning-sign lists, or the "different engineer" question about a node.
 *
 * The form finds the cards of a node selected in another view through nodeId() and marks them
 * with setSelectionMark(); a click into a card (on any of its fields, or on its background)
 * selects its node everywhere.
 */
class FormCard : public QFrame
{
    Q_OBJECT
public:
    FormCard(NodeId node, QWidget *parent = nullptr);

    NodeId nodeId() const { return m_node; }
    /// Shows the card as the place of the node selected elsewhere (a tinted background and a bar).
    void setSelectionMark(bool on);
    bool hasSelectionMark() const { return m_marked; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    NodeId m_node;
    bool m_marked = false;
    bool m_tinting = false;
};

/// The card that holds \a widget, or null when it is not inside one.
FormCard *formCardOf(QWidget *widget);

} // namespace causeway
