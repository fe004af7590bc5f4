// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry.h"

#include "import/timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

QuickEntry failure(const QString &error)
{
    QuickEntry e;
    e.error = error;
    return e;
}

QuickEntry withText(Instant time, const QString &rest)
{
    QuickEntry e;
    e.time = time;
    e.text = rest.trimmed();
    if (e.text.isEmpty())
        e.error = tr("expected what happened after the time, e.g. \"14:03 deploy started\"");
    return e;
}

} // namespace

QuickEntry parseQuickEntry(const QString &line, const QuickEntryContext &context)
{
    const QString input = line.trimmed();
    if (input.isEmpty())
        return failure(tr("expected a time and what happened, e.g. \"14:03 deploy started\""));

    // Relative: +5m, -30s, +1h30m, +2d.
    static const QRegularExpression relative(
        QStringLiteral("^([+-])((?:\\d+(?:d|h|m|s|ms))+)(?:\\s+|$)(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = relative.match(input); m.hasMatch()) {
        if (!context.anchor.isValid())
            return failure(tr("a relative time needs an event to count from: add or select one first"));
        static const QRegularExpression part(QStringLiteral("(\\d+)(ms|d|h|m|s)"));
        qint64 micros = 0;
        auto parts = part.globalMatch(m.captured(2));
        while (parts.hasNext()) {
            const auto p = parts.next();
            const qint64 n = p.captured(1).toLongLong();
            const QString unit = p.captured(2);
            const qint64 scale = unit == QLatin1String("d") ? 86400000000LL
                : unit == QLatin1String("h")                ? 3600000000LL
                : unit == QLatin1String("m")                ? 60000000LL
                : unit == QLatin1String("s")                ? 1000000LL
                                                            : 1000LL;
            if (n > 100000)
                return failure(tr("\"%1\" is too far from the event; expected at most 100000 of a unit")
                                   .arg(p.captured(0)));
            micros += n * scale;
        }
        if (m.captured(1) == QLatin1String("-"))
            micros = -micros;
        const Instant t = Instant::fromUtcMicroseconds(
            context.anchor.utcMicroseconds() + micros, context.anchor.offsetSeconds());
        return withText(t, m.captured(3));
    }

    // Full timestamp: a date first.
    static const QRegularExpression full(
        QStringLiteral(
            "^(\\d{4}-\\d{2}-\\d{2}[T "
            "]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)(?:\\s+|$)(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = full.match(input); m.hasMatch()) {
        bool noZone = false;
        const Instant t = parseLogTimestamp(m.captured(1), context.zone, &noZone);
        if (!t.isValid() && noZone && !context.zone.isValid())
            return failure(
                tr("\"%1\" has no zone and the incident has none; add one, e.g. \"%1Z\"").arg(m.captured(1)));
        if (!t.isValid())
            return failure(tr("\"%1\" is not a valid date and time").arg(m.captured(1)));
        return withText(t, m.captured(2));
    }

    // A time of day on the incident's date.
    static const QRegularExpression clock(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,6}))?)?(?:\\s+|$)(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = clock.match(input); m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        const int s = m.captured(3).toInt();
        if (h > 23 || min > 59 || s > 59)
            return failure(tr("\"%1\" is not a time of day; expected HH:MM or HH:MM:SS")
                               .arg(m.captured(0).section(QLatin1Char(' '), 0, 0)));
        if (!context.date.isValid() || !context.zone.isValid())
            return failure(tr("a time of day needs the incident's date and zone: set when it started"));
        const qint64 fraction =
            m.captured(4).isEmpty() ? 0 : m.captured(4).leftJustified(6, QLatin1Char('0')).toLongLong();
        const Instant t =
            fromLocalTime(context.date, ((h * 60 + min) * 60 + s) * 1000000LL + fraction, context.zone);
        return withText(t, m.captured(5));
    }
    return failure(tr("expected a time first: \"14:03 ...\", \"+5m ...\" or \"2026-03-02 14:03:10Z ...\""));
}

} // namespace causeway
