// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationtimeline.h"

#include "document.h"
#include "labels.h"
#include "presentation/presentationsteps.h"
#include "presentationtheme.h"
#include "time/timedisplay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace causeway {

namespace {
/// Earlier events kept on screen above the current step: enough for context, few enough to read.
constexpr int EarlierEvents = 4;
/// Earlier events are cut to this many characters: they are context, the current one is the story.
constexpr int EarlierTextLength = 110;

TimeFormatter formatterFor(const Document &document)
{
    Instant trigger;
    for (const TimelineEvent &e : document.events()) {
        if (e.flags.testFlag(EventFlag::Trigger)) {
            trigger = e.time;
            break;
        }
    }
    const QString zone = document.incident().zone;
    return TimeFormatter(
        TimeDisplay::IncidentZone, zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8()), trigger);
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}
} // namespace

PresentationTimeline::PresentationTimeline(QWidget *parent)
    : QWidget(parent)
    , m_earlier(new QVBoxLayout)
    , m_current(new QVBoxLayout)
{
    // Time reads left to right: the events before the step on the left, the current one on the right.
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(m_earlier, 2);
    columns->addLayout(m_current, 3);
    setAccessibleName(tr("Timeline, event by event"));
}

void PresentationTimeline::clear()
{
    for (QVBoxLayout *column : { m_earlier, m_current }) {
        while (QLayoutItem *item = column->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
}

QLabel *PresentationTimeline::addLabel(
    QVBoxLayout *column, const QString &text, const QFont &font, const QColor &color)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
    column->addWidget(label);
    return label;
}

void PresentationTimeline::showMessage(const QString &message, int bodyPixels)
{
    clear();
    addLabel(m_current, message, presentationtheme::sized(font(), bodyPixels),
        palette().color(QPalette::WindowText));
    m_current->addStretch(1);
}

void PresentationTimeline::showStep(const Document &document, const QVector<EventId> &shownSoFar,
    const PresentationStep &step, int bodyPixels, bool showNotes)
{
    clear();
    const TimeFormatter time = formatterFor(document);
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor muted = presentationtheme::mutedText();
    const int small = bodyPixels * 3 / 4;
    m_earlier->setSpacing(bodyPixels / 2);
    m_current->setSpacing(bodyPixels / 4);
    m_current->setContentsMargins(bodyPixels, 0, 0, 0);

    const int firstOfStep = int(shownSoFar.size() - step.events.size());
    auto headline = [&](const TimelineEvent &e) {
        QString actor = document.actorName(e);
        return actor.isEmpty() ? time.format(e.time) : tr("%1 · %2").arg(time.format(e.time), actor);
    };

    // The column holds a few events whatever the step: in a long milestone step, its last ones.
    const int hidden = std::max(0, int(shownSoFar.size()) - 1 - EarlierEvents);
    if (hidden > 0) {
        addLabel(m_earlier, tr("… %n earlier event(s)", nullptr, hidden),
            presentationtheme::sized(font(), small), muted);
    }
    for (int i = hidden; i < int(shownSoFar.size()); ++i) {
        const TimelineEvent *e = document.event(shownSoFar.at(i));
        if (!e)
            continue;
        const bool current = e->id == step.focus();
        const bool inStep = i >= firstOfStep;
        if (!current) {
            // Context: one line of time and actor, the text shortened.
            addLabel(m_earlier, tr("%1\n%2").arg(headline(*e), shortened(e->text, EarlierTextLength)),
                presentationtheme::sized(font(), small), inStep ? ink : muted);
            continue;
        }
        auto add = [&](const QString &text, const QFont &font, const QColor &color) {
            return addLabel(m_current, text, font, color);
        };
        QString kind = label(e->kind);
        const QString flags = flagsLabel(e->flags);
        if (!flags.isEmpty())
            kind = tr("%1 · %2").arg(kind, flags);
        add(kind.toUpper(), presentationtheme::sized(font(), small, true), muted);
        add(headline(*e), presentationtheme::sized(font(), bodyPixels, true), ink);
        add(e->text, presentationtheme::sized(font(), bodyPixels), ink);
        if (showNotes && !e->note.trimmed().isEmpty()) {
            QFont italic = presentationtheme::sized(font(), small);
            italic.setItalic(true);
            add(tr("Note: %1").arg(e->note.simplified()), italic, muted);
        }
        // The diagram's labels are small on a projector: the nodes this step highlights are
        // named here in readable type.
        QStringList supported;
        for (const CausalNode &n : document.nodes()) {
            if (step.highlighted.contains(n.id))
                supported << tr("%1: %2").arg(label(n.type), shortened(n.label, EarlierTextLength));
        }
        if (!supported.isEmpty()) {
            add(tr("EVIDENCE FOR"), presentationtheme::sized(font(), small, true), muted);
            add(QStringLiteral("▸ ") + supported.join(QStringLiteral("\n▸ ")),
                presentationtheme::sized(font(), small), ink);
        }
    }
    m_earlier->addStretch(1);
    m_current->addStretch(1);
}

void PresentationTimeline::paintEvent(QPaintEvent *)
{
    // A thick accent bar left of the current event marks what the room is talking about.
    if (m_current->count() < 2)
        return;
    QRect card;
    for (int i = 0; i < m_current->count(); ++i) {
        if (QWidget *w = m_current->itemAt(i)->widget())
            card |= w->geometry();
    }
    const int margin = m_current->contentsMargins().left();
    QPainter painter(this);
    painter.fillRect(
        QRect(card.left() - margin + margin / 4, card.top(), std::max(4, margin / 3), card.height()),
        presentationtheme::accent());
}

} // namespace causeway
