// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a benchmark step as a process of its own, so that its peak memory is its own: the kernel's
// accounting of the finished child (wait4) gives its CPU time and peak RSS, and nothing that an
// earlier step allocated is counted again.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace causeway::bench {

struct ChildRun
{
    bool started = false;
    int exitCode = -1; ///< -1 when the child did not exit normally
    QByteArray output; ///< everything it wrote to stdout
    double startMonotonicMs = 0; ///< CLOCK_MONOTONIC just before fork()
    double wallMs = 0; ///< from just before fork() to its exit
    double userMs = 0;
    double sysMs = 0;
    double peakRssMiB = 0; ///< ru_maxrss of this child alone

    double cpuMs() const { return userMs + sysMs; }
    /// The number after "KEY " on the line that starts with it, e.g. value("open-ms").
    double value(const char *key) const
    {
        const QByteArray prefix = QByteArray(key) + ' ';
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).split(' ').first().toDouble();
        }
        return -1;
    }
};

inline double monotonicMs()
{
    timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// Runs \a program with \a arguments, its stdout captured and its stderr passed through.
inline ChildRun runChild(const QString &program, const QStringList &arguments)
{
    ChildRun run;
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return run;
    std::fflush(stdout);
    const double start = monotonicMs();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    close(pipeFds[1]);
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(pipeFds[0], buffer, sizeof buffer);
        if (n > 0)
            run.output.append(buffer, int(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.startMonotonicMs = start;
    run.wallMs = monotonicMs() - start;
    run.started = true;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.userMs = usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3;
    run.sysMs = usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
    run.peakRssMiB = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    return run;
}

/// "min-max" of some figures, or the one figure.
inline QString range(QVector<double> values, int decimals = 0)
{
    if (values.isEmpty())
        return QStringLiteral("-");
    std::sort(values.begin(), values.end());
    const QString low = QString::number(values.first(), 'f', decimals);
    const QString high = QString::number(values.last(), 'f', decimals);
    return low == high ? low : low + QLatin1Char('-') + high;
}

} // namespace causeway::bench
