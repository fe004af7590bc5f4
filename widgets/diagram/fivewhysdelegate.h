// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace causeway {

/**
 * Draws a Five Whys step as two lines: which why it answers (with the node's type colour and a
 * mark for how the chain ends there) above the answer itself. The editor covers the answer line.
 */
class FiveWhysDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The short caption above a step ("Why 2 · because", "Outcome").
    static QString caption(const QModelIndex &index);
    /// The mark at the end of a chain, or of a repeated or looping step; empty when none.
    static QString mark(const QModelIndex &index, QColor *colour = nullptr);
};

} // namespace causeway
