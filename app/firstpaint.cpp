// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#include <unistd.h>

namespace causeway {

namespace {

double clockMs(clockid_t clock)
{
    timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// Watches every widget's paint events: the window's own and its children's come in one pass.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *window)
        : QObject(window)
        , m_window(window)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            // Queued: the rest of this frame is painted and shown before the time is taken.
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint-ms %.1f\nfirst-paint-monotonic-ms %.3f\n", msSinceProcessStart(),
                    clockMs(CLOCK_MONOTONIC));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

} // namespace

double msSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot; the command name
    // (field 2) may hold spaces, so fields are counted after its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return clockMs(CLOCK_BOOTTIME) - startMs;
}

void exitAfterFirstPaint(QWidget *window)
{
    QCoreApplication::instance()->installEventFilter(new FirstPaintWatcher(window));
}

} // namespace causeway
