// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinefilter.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace causeway {

/**
 * Filter as you type: text, kind, tag, actor and a time range, with "shown / total". Emits the
 * filter after a short pause in typing, so a million events are not filtered on every key.
 */
class TimelineFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineFilterBar(QWidget *parent = nullptr);

    TimelineFilter filter() const;
    void setCounts(int shown, int total);
    /// The zone the time-range fields are read in.
    void setZone(const QTimeZone &zone);
    /// Sets the time range fields (shown in the bar's zone).
    void setRange(const QDateTime &from, const QDateTime &to);
    void focusText();
    void clear();

Q_SIGNALS:
    void filterChanged(const causeway::TimelineFilter &filter);
    /// The time range was switched on: it wants the timeline's bounds.
    void rangeRequested();

private:
    void scheduleUpdate();

    QLineEdit *m_text;
    QComboBox *m_kind;
    QLineEdit *m_tag;
    QLineEdit *m_actor;
    QToolButton *m_rangeButton;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_count;
    QTimer *m_delay;
    QTimeZone m_zone;
};

} // namespace causeway
