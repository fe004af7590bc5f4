// SPDX-License-Identifier: GPL-3.0-or-later
#include "formcard.h"

#include <QEvent>
#include <QPainter>

namespace causeway {

namespace {
constexpr int MarkBarWidth = 4;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

FormCard::FormCard(NodeId node, QWidget *parent)
    : QFrame(parent)
    , m_node(node)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // A click on the card's background selects its node, as a click into one of its fields does.
    setFocusPolicy(Qt::ClickFocus);
}

void FormCard::setSelectionMark(bool on)
{
    if (m_marked == on)
        return;
    m_marked = on;
    applyTint();
    update();
}

void FormCard::applyTint()
{
    // The tint is computed from the inherited palette, so it follows a light or dark theme; the
    // card's fields inherit it and are tinted with it.
    m_tinting = true;
    setPalette(QPalette());
    if (m_marked) {
        QPalette tinted = palette();
        const QColor highlight = tinted.color(QPalette::Highlight);
        for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window })
            tinted.setColor(role, blend(tinted.color(role), highlight, 0.14));
        setPalette(tinted);
    }
    m_tinting = false;
}

void FormCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_marked && !m_tinting)
        applyTint();
}

void FormCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_marked)
        return;
    QPainter painter(this);
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.fillRect(QRect(0, 0, MarkBarWidth, height()), highlight);
    painter.setPen(QPen(highlight, 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

FormCard *formCardOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *card = qobject_cast<FormCard *>(w))
            return card;
    }
    return nullptr;
}

} // namespace causeway
