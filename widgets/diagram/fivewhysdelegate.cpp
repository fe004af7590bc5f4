// SPDX-License-Identifier: GPL-3.0-or-later
#include "fivewhysdelegate.h"

#include "diagram/fivewhys.h"
#include "diagram/fivewhysmodel.h"
#include "labels.h"
#include "nodecolors.h"
#include "theme/themecolors.h"
#include "wrappedtext.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTreeView>

namespace causeway {

namespace {

constexpr int Padding = 6;
constexpr int MarkerWidth = 4;
constexpr int MaxAnswerLines = 3;

QFont captionFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QRect answerRect(const QStyleOptionViewItem &option)
{
    const QFontMetrics caption(captionFont(option.font));
    QRect r = option.rect.adjusted(Padding + MarkerWidth + Padding, Padding, -Padding, -Padding);
    r.setTop(r.top() + caption.height() + 2);
    return r;
}

QFont answerFont(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QFont font = option.font;
    if (index.data(FiveWhysModel::DepthRole).toInt() == 0)
        font.setBold(true);
    return font;
}

/// The width the answer text gets in \a option's row (sizeHint gets no rect: ask the view).
int answerWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (option.rect.width() > 0)
        return option.rect.width() - 3 * Padding - MarkerWidth;
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view)
        return 300;
    int depth = 0;
    for (QModelIndex i = index.parent(); i.isValid(); i = i.parent())
        ++depth;
    const int indent = view->indentation() * (depth + (view->rootIsDecorated() ? 1 : 0));
    return std::max(80, view->viewport()->width() - indent - 3 * Padding - MarkerWidth);
}

} // namespace

QString FiveWhysDelegate::caption(const QModelIndex &index)
{
    const int depth = index.data(FiveWhysModel::DepthRole).toInt();
    const QString type = label(NodeType(index.data(FiveWhysModel::NodeTypeRole).toInt()));
    if (depth == 0)
        return tr("Why did this happen?  ·  %1").arg(type);
    return tr("Why %1  ·  because  ·  %2").arg(depth).arg(labelInSentence(type));
}

QString FiveWhysDelegate::mark(const QModelIndex &index, QColor *colour)
{
    auto result = [colour](const QString &text, QColor c) {
        if (colour)
            *colour = c;
        return text;
    };
    if (index.data(FiveWhysModel::CycleRole).toBool())
        return result(tr("loops back"), QColor(0xc0, 0x39, 0x2b));
    if (index.data(FiveWhysModel::RepeatedRole).toBool())
        return result(tr("answered above"), QColor(0x7f, 0x8c, 0x8d));
    if (index.data(FiveWhysModel::RootCauseRole).toBool())
        return result(tr("✓ root cause"), QColor(0x1e, 0x84, 0x49));
    const int end = index.data(FiveWhysModel::EndRole).toInt();
    if (end < 0)
        return {};
    switch (WhyEnd(end)) {
    case WhyEnd::SystemProperty:
        return result(tr("root cause?"), QColor(0x2e, 0x6d, 0xa4));
    case WhyEnd::Action:
        return result(tr("ends at an action"), QColor(0xb9, 0x77, 0x0e));
    case WhyEnd::NamesPerson:
        return result(tr("names a person"), QColor(0xc0, 0x39, 0x2b));
    case WhyEnd::OpenQuestion:
        return result(tr("open question"), QColor(0x7f, 0x8c, 0x8d));
    case WhyEnd::WarningSign:
        return result(tr("ends at a warning sign"), QColor(0xb9, 0x77, 0x0e));
    case WhyEnd::Outcome:
        return result(tr("ends at an outcome"), QColor(0x7f, 0x8c, 0x8d));
    }
    return {};
}

QSize FiveWhysDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics caption(captionFont(option.font));
    const QFont font = answerFont(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int lines = wrappedLines(text, font, answerWidth(option, index), MaxAnswerLines).size();
    return QSize(
        200, Padding + caption.height() + 2 + lines * QFontMetrics(font).lineSpacing() + Padding + 2);
}

void FiveWhysDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColour;
    muted.setAlphaF(0.6);

    const NodeType type = NodeType(index.data(FiveWhysModel::NodeTypeRole).toInt());
    const QRect inner = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QRect marker(inner.left(), inner.top(), MarkerWidth, inner.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(nodeTypeColor(type));
    painter->drawRoundedRect(marker, 2, 2);

    const QFont small = captionFont(opt.font);
    const QFontMetrics smallMetrics(small);
    QRect captionRect = inner.adjusted(MarkerWidth + Padding, 0, 0, 0);
    captionRect.setHeight(smallMetrics.height());

    QColor markColour;
    const QString markText = mark(index, &markColour);
    painter->setFont(small);
    if (!markText.isEmpty()) {
        // The mark never takes more than half the line: the caption says which why this is.
        const int width = std::min(smallMetrics.horizontalAdvance(markText) + 12, captionRect.width() / 2);
        const QRect chip(captionRect.right() - width, captionRect.top(), width, captionRect.height());
        QColor fill = markColour;
        fill.setAlphaF(selected ? 0.9 : 0.14);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setPen(selected
                ? QColor(Qt::white)
                : theme::readableOn(markColour.darker(110), opt.palette.color(QPalette::Base)));
        painter->drawText(
            chip, Qt::AlignCenter, smallMetrics.elidedText(markText, Qt::ElideRight, chip.width() - 8));
        captionRect.setRight(chip.left() - Padding);
    }
    painter->setPen(muted);
    painter->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(caption(index), Qt::ElideRight, captionRect.width()));

    const QRect answer = answerRect(opt);
    QString text = index.data(Qt::DisplayRole).toString();
    QFont font = answerFont(opt, index);
    if (text.isEmpty()) {
        text = tr("Type the answer: why did this happen?");
        font.setItalic(true);
        painter->setPen(muted);
    } else {
        painter->setPen(textColour);
    }
    painter->setFont(font);
    const int lineHeight = QFontMetrics(font).lineSpacing();
    int y = answer.top();
    for (const QString &line : wrappedLines(text, font, answer.width(), MaxAnswerLines)) {
        painter->drawText(
            QRect(answer.left(), y, answer.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    painter->restore();
}

QWidget *FiveWhysDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setPlaceholderText(tr("Because…"));
    return editor;
}

void FiveWhysDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // One line to type in, on the answer's first line.
    QRect r = answerRect(option);
    r.setHeight(std::max(editor->sizeHint().height(), QFontMetrics(option.font).height() + 6));
    editor->setGeometry(r.adjusted(-3, -3, 0, 0));
}

} // namespace causeway
