// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilterbar.h"

#include "icons.h"
#include "labels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace causeway {

namespace {
constexpr int TypingPauseMs = 120;
}

TimelineFilterBar::TimelineFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_tag(new QLineEdit(this))
    , m_actor(new QLineEdit(this))
    , m_rangeButton(new QToolButton(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_count(new QLabel(this))
    , m_delay(new QTimer(this))
    , m_zone(QByteArrayLiteral("UTC"))
{
    m_text->setPlaceholderText(tr("Filter events…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter text"));
    m_kind->addItem(tr("All kinds"), -1);
    for (int k = 0; k <= int(EventKind::Milestone); ++k)
        m_kind->addItem(kindIcon(EventKind(k)), label(EventKind(k)), k);
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setClearButtonEnabled(true);

    m_rangeButton->setText(tr("Time range"));
    m_rangeButton->setCheckable(true);
    m_rangeButton->setToolTip(tr("Show only events between two times"));
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimelineFilterBar::scheduleUpdate);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_rangeButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT rangeRequested(); // the view fills in the timeline's first and last event
        m_from->setVisible(on);
        m_to->setVisible(on);
        scheduleUpdate();
    });

    m_delay->setSingleShot(true);
    m_delay->setInterval(TypingPauseMs);
    connect(m_delay, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    for (QLineEdit *edit : { m_text, m_tag, m_actor })
        connect(edit, &QLineEdit::textChanged, this, &TimelineFilterBar::scheduleUpdate);
    connect(
        m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &TimelineFilterBar::scheduleUpdate);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_kind);
    layout->addWidget(m_tag, 1);
    layout->addWidget(m_actor, 1);
    layout->addWidget(m_rangeButton);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_count);
}

void TimelineFilterBar::scheduleUpdate()
{
    m_delay->start();
}

TimelineFilter TimelineFilterBar::filter() const
{
    TimelineFilter f;
    f.text = m_text->text().trimmed();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        f.kind = EventKind(kind);
    f.tag = m_tag->text().trimmed();
    f.actor = m_actor->text().trimmed();
    if (m_rangeButton->isChecked()) {
        // The fields show wall-clock times in the timeline's zone.
        f.from = Instant::fromDateTime(QDateTime(m_from->date(), m_from->time(), m_zone));
        f.to = Instant::fromDateTime(QDateTime(m_to->date(), m_to->time(), m_zone));
    }
    return f;
}

void TimelineFilterBar::setCounts(int shown, int total)
{
    m_count->setText(tr("%1 / %2 events").arg(shown).arg(total));
}

void TimelineFilterBar::setZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC"));
    m_from->setToolTip(tr("From, in %1").arg(QString::fromUtf8(m_zone.id())));
    m_to->setToolTip(tr("To, in %1").arg(QString::fromUtf8(m_zone.id())));
}

void TimelineFilterBar::setRange(const QDateTime &from, const QDateTime &to)
{
    const QDateTime a = from.toTimeZone(m_zone);
    const QDateTime b = to.toTimeZone(m_zone);
    m_from->setDateTime(QDateTime(a.date(), a.time()));
    m_to->setDateTime(QDateTime(b.date(), b.time().addSecs(1)));
}

void TimelineFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void TimelineFilterBar::clear()
{
    m_text->clear();
    m_kind->setCurrentIndex(0);
    m_tag->clear();
    m_actor->clear();
    m_rangeButton->setChecked(false);
}

} // namespace causeway
