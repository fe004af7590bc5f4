// SPDX-License-Identifier: GPL-3.0-or-later
#include "defencesview.h"

#include "defenceslice.h"
#include "document.h"
#include "labels.h"
#include "nodecolors.h"
#include "selection/selectionhub.h"
#include "theme/themecolors.h"
#include "wrappedtext.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace causeway {

namespace {

constexpr int Margin = 12;
constexpr int EndWidth = 86; // the trigger and outcome pills
constexpr int MinColumn = 170;
constexpr int PictureHeight = 132;
constexpr int SliceWidth = 30;
constexpr int SliceHeight = 84;
constexpr int MaxNameLines = 3;
constexpr int MaxActions = 3;

const QColor Hazard(0xc0, 0x39, 0x2b);

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QString stateName(DefenceState state)
{
    return label(state).toUpper();
}

QString reasonText(OffPathReason reason)
{
    switch (reason) {
    case OffPathReason::NotLinked:
        return QCoreApplication::translate("Defences", "not linked: link it to what it should have stopped");
    case OffPathReason::NotOnChain:
        return QCoreApplication::translate(
            "Defences", "its links do not lead into the path from trigger to outcome");
    case OffPathReason::None:
        break;
    }
    return {};
}

} // namespace

DefencesView::DefencesView(Document *document, SelectionHub *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("defencesView"));
    setAccessibleName(tr("Defences"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &DefencesView::refresh);
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        // Moving nodes on the canvas does not change the picture.
        if (fields & ~(CausalNode::Fields(CausalNode::Field::Position) | CausalNode::Field::Pinned))
            refresh();
    });
    for (auto signal : { &Document::linkAdded, &Document::linkRemoved })
        connect(document, signal, this, &DefencesView::refresh);
    connect(document, &Document::linkChanged, this, &DefencesView::refresh);
    for (auto signal : { &Document::actionAdded, &Document::actionRemoved })
        connect(document, signal, this, &DefencesView::refresh);
    connect(document, &Document::actionChanged, this, &DefencesView::refresh);
    if (m_selection) {
        connect(m_selection, &SelectionHub::changed, this, [this](QObject *origin) {
            if (origin != this) {
                ensureFresh();
                const QSet<NodeId> nodes = m_selection->highlightedNodes();
                m_current = -1;
                for (int i = 0; i < m_picture.layers.size(); ++i) {
                    if (nodes.contains(m_picture.layers.at(i).node)) {
                        m_current = i;
                        break;
                    }
                }
            }
            update();
        });
    }
    refresh();
}

void DefencesView::refresh()
{
    if (m_stale)
        return;
    m_stale = true;
    updateGeometry();
    update();
}

void DefencesView::ensureFresh() const
{
    if (!m_stale)
        return;
    // Only caches change here: the picture and where its parts are drawn.
    auto *self = const_cast<DefencesView *>(this);
    self->m_stale = false;
    self->m_picture = defencePicture(*m_document);
    if (self->m_current >= m_picture.layers.size())
        self->m_current = -1;
    self->layoutPicture();
}

const DefencePicture &DefencesView::picture() const
{
    ensureFresh();
    return m_picture;
}

QStringList DefencesView::actionTitles(const DefenceLayer &layer) const
{
    QStringList titles;
    for (ActionId id : layer.actions) {
        if (const CorrectiveAction *a = m_document->action(id))
            titles << a->title;
    }
    return titles;
}

int DefencesView::textHeight(const DefenceLayer &layer, int width) const
{
    const QFontMetrics normal(font());
    const QFontMetrics small(smallFont(font()));
    const CausalNode *node = m_document->node(layer.node);
    const int nameLines = node ? wrappedLines(node->label, font(), width, MaxNameLines).size() : 1;
    const int actionLines = std::max(
        1, std::min<int>(layer.actions.size(), MaxActions) + (layer.actions.size() > MaxActions ? 1 : 0));
    return small.height() + 6 + nameLines * normal.lineSpacing() + 4 +
        small.lineSpacing() * (2 + actionLines);
}

void DefencesView::layoutPicture()
{
    const int onPath = m_picture.onPathCount();
    const int available = width() - 2 * Margin - 2 * EndWidth;
    const int column = onPath > 0 ? std::max(MinColumn, available / onPath) : MinColumn;
    // Without layers the trigger and the outcome still stand apart, with the message between them.
    const int middle = onPath > 0 ? onPath * column : std::max(available, 3 * MinColumn);
    const int rowWidth = 2 * EndWidth + middle;
    const int bandY = Margin + PictureHeight / 2;
    m_trigger = QRect(Margin, bandY - 16, EndWidth - 8, 32);
    m_outcome = QRect(Margin + rowWidth - EndWidth + 8, bandY - 16, EndWidth - 8, 32);
    m_band = QRect(m_trigger.center().x(), bandY - 8, m_outcome.center().x() - m_trigger.center().x(), 16);

    int textTop = Margin + PictureHeight + 6;
    int tallest = 0;
    m_columns.clear();
    for (int i = 0; i < onPath; ++i)
        tallest = std::max(tallest, textHeight(m_picture.layers.at(i), column - 16));
    for (int i = 0; i < onPath; ++i) {
        const int left = Margin + EndWidth + i * column;
        Column c;
        c.slice = QRect(left + column / 2 - SliceWidth / 2, bandY - SliceHeight / 2, SliceWidth, SliceHeight);
        c.text = QRect(left + 8, textTop, column - 16, tallest);
        c.whole = QRect(left + 2, Margin, column - 4, PictureHeight + 6 + tallest + 6);
        m_columns.append(c);
    }
    int y = textTop + tallest + (onPath > 0 ? 16 : 0);
    if (onPath == 0)
        y = Margin + PictureHeight + 24; // room for the "no layers" message
    const QFontMetrics normal(font());
    const QFontMetrics small(smallFont(font()));
    if (m_picture.layers.size() > onPath) {
        m_offPathTitle = QRect(Margin, y, std::max(rowWidth, width() - 2 * Margin), normal.height() + 4);
        y = m_offPathTitle.bottom() + 6;
        const int rowHeight = normal.lineSpacing() + small.lineSpacing() + 8;
        for (int i = onPath; i < m_picture.layers.size(); ++i) {
            Column c;
            c.whole = QRect(Margin, y, m_offPathTitle.width(), rowHeight);
            c.text = c.whole.adjusted(8, 4, -8, -4);
            m_columns.append(c);
            y += rowHeight + 2;
        }
        y += 8;
    } else {
        m_offPathTitle = QRect();
    }
    m_legend = QRect(Margin, y, std::max(rowWidth, width() - 2 * Margin), small.height() + 8);
    m_height = m_legend.bottom() + Margin;
}

QSize DefencesView::sizeHint() const
{
    return minimumSizeHint().expandedTo(QSize(720, 0));
}

QSize DefencesView::minimumSizeHint() const
{
    ensureFresh();
    const int onPath = std::max(3, m_picture.onPathCount());
    return QSize(2 * Margin + 2 * EndWidth + onPath * MinColumn, m_height);
}

int DefencesView::layerAt(const QPoint &pos) const
{
    ensureFresh();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).whole.contains(pos))
            return i;
    }
    return -1;
}

QRect DefencesView::layerRect(int index) const
{
    ensureFresh();
    return index >= 0 && index < m_columns.size() ? m_columns.at(index).whole : QRect();
}

void DefencesView::selectLayer(int index)
{
    ensureFresh();
    if (index < 0 || index >= m_picture.layers.size())
        return;
    m_current = index;
    if (m_selection)
        m_selection->selectNodes({ m_picture.layers.at(index).node }, this);
    update();
}

void DefencesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    ensureFresh();
    const int before = m_height;
    layoutPicture();
    if (m_height != before)
        updateGeometry();
}

void DefencesView::mousePressEvent(QMouseEvent *event)
{
    const int index = layerAt(event->pos());
    if (index >= 0)
        selectLayer(index);
    QWidget::mousePressEvent(event);
}

void DefencesView::keyPressEvent(QKeyEvent *event)
{
    ensureFresh();
    const int count = m_picture.layers.size();
    if (count == 0)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        selectLayer(m_current < 0 ? 0 : std::min(count - 1, m_current + 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        selectLayer(m_current < 0 ? 0 : std::max(0, m_current - 1));
        break;
    case Qt::Key_Home:
        selectLayer(0);
        break;
    case Qt::Key_End:
        selectLayer(count - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool DefencesView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = layerAt(help->pos());
        QString tip;
        if (index >= 0) {
            tip = tooltipFor(m_picture.layers.at(index));
        } else if (m_trigger.contains(help->pos()) || m_outcome.contains(help->pos())) {
            const QVector<NodeId> &ids =
                m_trigger.contains(help->pos()) ? m_picture.triggers : m_picture.outcomes;
            QStringList labels;
            for (NodeId id : ids)
                labels << m_document->node(id)->label.toHtmlEscaped();
            tip = labels.isEmpty() ? tr("None in the diagram yet") : labels.join(QStringLiteral("<br>"));
        } else if (m_legend.contains(help->pos())) {
            QStringList lines;
            for (int s = 0; s <= int(DefenceState::Held); ++s)
                lines << defenceStateExplanation(DefenceState(s)).toHtmlEscaped();
            tip = lines.join(QStringLiteral("<br>"));
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

QString DefencesView::tooltipFor(const DefenceLayer &layer) const
{
    const CausalNode *node = m_document->node(layer.node);
    if (!node)
        return {};
    QString tip = QStringLiteral("<b>%1</b><p>%2</p>")
                      .arg(node->label.toHtmlEscaped(), defenceStateExplanation(layer.state).toHtmlEscaped());
    if (layer.onPath()) {
        const CausalNode *guards = m_document->node(layer.guards);
        if (guards && guards->id != node->id)
            tip += QStringLiteral("<p>%1: %2</p>")
                       .arg(label(layer.kind).toHtmlEscaped(), guards->label.toHtmlEscaped());
    } else {
        tip += QStringLiteral("<p><i>%1</i></p>").arg(reasonText(layer.offPath).toHtmlEscaped());
    }
    if (!node->description.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(node->description.toHtmlEscaped());
    tip += QStringLiteral("<p>%1</p>")
               .arg(countLabel(layer.evidenceCount, tr("1 evidence event"), tr("%1 evidence events"))
                        .toHtmlEscaped());
    const QStringList actions = actionTitles(layer);
    if (!actions.isEmpty()) {
        QStringList items;
        for (const QString &a : actions)
            items << QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
        tip += tr("Addressed by:") + QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    }
    return tip;
}

void DefencesView::paintEvent(QPaintEvent *)
{
    ensureFresh();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintPicture(p);
    paintOffPath(p);
    paintLegend(p);
}

void DefencesView::paintPicture(QPainter &p)
{
    const int onPath = m_picture.onPathCount();
    const QSet<NodeId> highlighted = m_selection ? m_selection->highlightedNodes() : QSet<NodeId>();
    const QColor highlight = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_columns.size(); ++i) {
        const bool isHighlighted = highlighted.contains(m_picture.layers.at(i).node);
        if (!isHighlighted && !(i == m_current && hasFocus()))
            continue;
        QColor fill = highlight;
        fill.setAlphaF(isHighlighted ? 0.14 : 0.0);
        p.setBrush(fill);
        QPen pen(highlight, 1.5, isHighlighted ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.drawRoundedRect(QRectF(m_columns.at(i).whole).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }

    // The hazard: it narrows after each layer that held, as the harm was limited there.
    qreal thickness = m_band.height();
    qreal x = m_band.left();
    QColor hazard = Hazard;
    hazard.setAlphaF(0.45);
    p.setPen(Qt::NoPen);
    p.setBrush(hazard);
    auto segment = [&](qreal to) {
        p.drawRect(QRectF(x, m_band.center().y() - thickness / 2 + 0.5, to - x, thickness));
        x = to;
    };
    for (int i = 0; i < onPath; ++i) {
        if (m_picture.layers.at(i).state == DefenceState::Held) {
            segment(m_columns.at(i).slice.center().x());
            thickness = std::max<qreal>(4, thickness / 2);
        }
    }
    segment(m_outcome.left() - 10);
    QPainterPath head;
    const qreal tipY = m_band.center().y() + 0.5;
    head.moveTo(m_outcome.left() - 2, tipY);
    head.lineTo(m_outcome.left() - 12, tipY - thickness / 2 - 5);
    head.lineTo(m_outcome.left() - 12, tipY + thickness / 2 + 5);
    head.closeSubpath();
    p.drawPath(head);

    const QFont bold = [this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }();
    auto pill = [&](const QRect &r, const QString &text, const QColor &colour, bool present) {
        p.setPen(present ? Qt::NoPen : QPen(colour, 1.2, Qt::DashLine));
        p.setBrush(present ? colour : Qt::transparent);
        p.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        p.setPen(present ? QColor(Qt::white) : theme::readableOnBase(colour, palette()));
        p.setFont(bold);
        p.drawText(r, Qt::AlignCenter, text);
    };
    pill(m_trigger, tr("Trigger"), nodeTypeColor(NodeType::Trigger), !m_picture.triggers.isEmpty());
    pill(m_outcome, tr("Outcome"), nodeTypeColor(NodeType::Outcome), !m_picture.outcomes.isEmpty());

    for (int i = 0; i < onPath; ++i) {
        paintDefenceSlice(p, m_picture.layers.at(i).state, m_columns.at(i).slice, m_band.center().y() + 0.5);
        paintLayerText(p, m_picture.layers.at(i), m_columns.at(i).text);
    }
    if (onPath == 0) {
        p.setFont(font());
        QColor muted = palette().color(QPalette::Text);
        muted.setAlphaF(0.65);
        p.setPen(muted);
        const QRect message(m_trigger.right() + 12, m_band.bottom() + 16,
            m_outcome.left() - m_trigger.right() - 24, Margin + PictureHeight + 20 - m_band.bottom() - 16);
        p.drawText(message, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            m_picture.layers.isEmpty()
                ? tr("No defences yet. Add defence nodes to the diagram and link each to what it should have "
                     "stopped (failed to stop) or limited.")
                : tr("No defence is linked between the trigger and the outcome yet."));
    }
}

void DefencesView::paintLayerText(QPainter &p, const DefenceLayer &layer, const QRect &box) const
{
    const CausalNode *node = m_document->node(layer.node);
    if (!node)
        return;
    const QFont small = smallFont(font());
    const QFontMetrics smallMetrics(small);
    const QFontMetrics normalMetrics(font());
    const QColor text = palette().color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);
    int y = box.top();

    // The state as a chip.
    QFont chipFont = small;
    chipFont.setBold(true);
    const QFontMetrics chipMetrics(chipFont);
    const QString state = stateName(layer.state);
    const QRect chip(box.center().x() - (chipMetrics.horizontalAdvance(state) + 14) / 2, y,
        chipMetrics.horizontalAdvance(state) + 14, chipMetrics.height() + 4);
    p.setPen(Qt::NoPen);
    p.setBrush(defenceStateColor(layer.state));
    p.drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    p.setPen(Qt::white);
    p.setFont(chipFont);
    p.drawText(chip, Qt::AlignCenter, state);
    y = chip.bottom() + 6;

    p.setFont(font());
    p.setPen(text);
    for (const QString &line : wrappedLines(node->label, font(), box.width(), MaxNameLines)) {
        p.drawText(QRect(box.left(), y, box.width(), normalMetrics.lineSpacing()),
            Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += normalMetrics.lineSpacing();
    }
    y += 4;

    p.setFont(small);
    auto smallLine = [&](const QString &line, const QColor &colour) {
        p.setPen(colour);
        p.drawText(QRect(box.left(), y, box.width(), smallMetrics.lineSpacing()),
            Qt::AlignHCenter | Qt::AlignVCenter, smallMetrics.elidedText(line, Qt::ElideRight, box.width()));
        y += smallMetrics.lineSpacing();
    };
    const CausalNode *guards = m_document->node(layer.guards);
    if (guards && guards->id != node->id)
        smallLine(QStringLiteral("%1 → %2").arg(label(layer.kind), guards->label), muted);
    else
        smallLine(tr("inside the chain"), muted);
    if (layer.evidenceCount == 0)
        smallLine(tr("⚠ no evidence"), theme::readableOnBase(QColor(0xb9, 0x77, 0x0e), palette()));
    else
        smallLine(countLabel(layer.evidenceCount, tr("1 evidence event"), tr("%1 evidence events")), muted);
    const QStringList actions = actionTitles(layer);
    if (actions.isEmpty()) {
        if (!node->acceptedRisk.isEmpty())
            smallLine(tr("risk accepted"), muted);
        else if (layer.state != DefenceState::Held)
            smallLine(
                tr("⚠ no corrective action"), theme::readableOnBase(QColor(0xc0, 0x39, 0x2b), palette()));
        else
            smallLine(tr("no action needed: it held"), muted);
    }
    for (int i = 0; i < actions.size() && i < MaxActions; ++i)
        smallLine(QStringLiteral("▸ %1").arg(actions.at(i)), text);
    if (actions.size() > MaxActions)
        smallLine(tr("and %1 more").arg(actions.size() - MaxActions), muted);
}

void DefencesView::paintOffPath(QPainter &p)
{
    if (m_offPathTitle.isNull())
        return;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(
        m_offPathTitle, Qt::AlignLeft | Qt::AlignVCenter, tr("Not between the trigger and the outcome"));
    const int onPath = m_picture.onPathCount();
    const QSet<NodeId> highlighted = m_selection ? m_selection->highlightedNodes() : QSet<NodeId>();
    const QFont small = smallFont(font());
    const QFontMetrics metrics(font());
    QColor muted = palette().color(QPalette::Text);
    muted.setAlphaF(0.65);
    for (int i = onPath; i < m_picture.layers.size(); ++i) {
        const DefenceLayer &layer = m_picture.layers.at(i);
        const Column &c = m_columns.at(i);
        if (highlighted.contains(layer.node) || (i == m_current && hasFocus())) {
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlphaF(0.14);
            p.setBrush(fill);
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.2));
            p.drawRoundedRect(c.whole, 5, 5);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(defenceStateColor(layer.state));
        const QRect dot(c.text.left(), c.text.top() + metrics.height() / 2 - 5, 10, 10);
        p.drawEllipse(dot);
        const CausalNode *node = m_document->node(layer.node);
        const QRect line(dot.right() + 8, c.text.top(), c.text.width() - 18, metrics.lineSpacing());
        p.setFont(font());
        p.setPen(palette().color(QPalette::Text));
        const QString name =
            QStringLiteral("%1 (%2)").arg(node ? node->label : QString(), label(layer.state));
        p.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(name, Qt::ElideRight, line.width()));
        p.setFont(small);
        p.setPen(muted);
        p.drawText(line.translated(0, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
            reasonText(layer.offPath));
    }
}

void DefencesView::paintLegend(QPainter &p)
{
    const QFont small = smallFont(font());
    const QFontMetrics metrics(small);
    p.setFont(small);
    QColor muted = palette().color(QPalette::Text);
    muted.setAlphaF(0.7);
    int x = m_legend.left();
    const int cy = m_legend.center().y();
    for (int s = 0; s <= int(DefenceState::Held); ++s) {
        const DefenceState state = DefenceState(s);
        paintDefenceGlyph(p, state, QRectF(x, cy - 7, 9, 14));
        x += 14;
        const QString text = label(state);
        p.setPen(muted);
        p.drawText(QRect(x, m_legend.top(), metrics.horizontalAdvance(text) + 4, m_legend.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 18;
    }
    p.setPen(muted);
    p.drawText(QRect(x, m_legend.top(), std::max(0, m_legend.right() - x), m_legend.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(tr("The hazard runs from the trigger to the outcome through each layer's holes; "
                              "hover a layer for details."),
            Qt::ElideRight, std::max(0, m_legend.right() - x)));
}

} // namespace causeway
