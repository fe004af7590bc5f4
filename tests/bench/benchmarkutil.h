// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the benchmark programs: timing, peak memory, synthetic events.

#include "entities.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace causeway::bench {

/// A memory figure of this process from /proc/self/status ("VmHWM:" peak, "VmRSS:" current), in MiB.
inline double procStatusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

inline double peakRssMiB()
{
    return procStatusMiB("VmHWM:");
}

inline double rssMiB()
{
    return procStatusMiB("VmRSS:");
}

/// Prints one result line: "name: 123.4 ms" plus an optional note.
inline void report(const char *name, double ms, const QString &note = QString())
{
    std::printf("%-44s %10.1f ms  %s\n", name, ms, note.toUtf8().constData());
    std::fflush(stdout);
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/**
 * Wall-clock and CPU time of this process since start(). Where other work shares the cores, the
 * CPU time of a single-threaded step is the steadier figure: it is what the step takes when the
 * machine is otherwise idle.
 */
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    double wallMs() const { return elapsedMs(m_wall); }
    double cpuMs() const { return cpuNow() - m_cpu; }

private:
    static double cpuNow()
    {
        timespec t;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
    }

    QElapsedTimer m_wall;
    double m_cpu = 0;
};

inline double elapsedMs(const Stopwatch &timer)
{
    return timer.wallMs();
}

/// "name: wall ms, cpu ms" plus an optional note.
inline void report(const char *name, const Stopwatch &timer, const QString &note = QString())
{
    std::printf("%-44s %10.1f ms  cpu %8.1f ms  %s\n", name, timer.wallMs(), timer.cpuMs(),
        note.toUtf8().constData());
    std::fflush(stdout);
}

/// A synthetic incident timeline: mixed kinds, actors and sources over two days.
inline QVector<TimelineEvent> syntheticEvents(int count, quint32 seed = 1)
{
    static const char *const words[] = { "deploy", "migration", "orders-api", "latency", "rollback",
        "HTTP 500", "schema", "readiness", "page", "backfill", "pod", "restart", "alert", "canary", "timeout",
        "database" };
    QRandomGenerator random(seed);
    QVector<TimelineEvent> events;
    events.reserve(count);
    const qint64 start = 1776153600LL * 1000000; // 2026-04-14T08:00:00Z
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = EventId(quint64(i + 1));
        e.time = Instant::fromUtcMicroseconds(
            start + qint64(random.bounded(172800u)) * 1000000 + random.bounded(1000000u), 7200);
        e.kind = EventKind(random.bounded(7u));
        e.actor = QStringLiteral("host-%1").arg(random.bounded(200u));
        QStringList text;
        for (int w = 0; w < 8; ++w)
            text << QLatin1String(words[random.bounded(16u)]);
        e.text = text.join(QLatin1Char(' ')) + QStringLiteral(" #%1").arg(i);
        e.tags << QLatin1String(words[random.bounded(16u)]);
        e.source.type = SourceType::Imported;
        e.source.format = QStringLiteral("jsonl");
        e.source.file = QStringLiteral("app.jsonl");
        e.source.line = i + 1;
        events.append(e);
    }
    return events;
}

} // namespace causeway::bench
