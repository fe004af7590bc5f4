// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start: the application started as a process of its own until its main window has been
// painted for the first time (`causeway --exit-after-first-paint`), with its CPU time and peak
// memory. Under X11 when DISPLAY is set (e.g. by xvfb-run), else on the offscreen platform.
//   xvfb-run -a -s "-screen 0 1400x900x24" build/qt6/bin/bench_startup [runs]
// Results go to docs/benchmarks.md; nothing here is a pass/fail test.
#include "childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>

using namespace causeway;
using namespace causeway::bench;

namespace {

struct Figures
{
    QVector<double> paint, wall, cpu, peak;
};

/// One start with its own settings and data folders; false when it did not report a first paint.
bool startOnce(const QString &program, const QString &home, Figures *figures)
{
    qputenv("XDG_CONFIG_HOME", QDir(home).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QDir(home).filePath(QStringLiteral("cache")).toLocal8Bit());
    const ChildRun run = runChild(program, { QStringLiteral("--exit-after-first-paint") });
    const double paint = run.value("first-paint-ms");
    const double paintedAt = run.value("first-paint-monotonic-ms");
    if (run.exitCode != 0 || paint < 0 || paintedAt < 0) {
        std::printf("no first paint reported (exit code %d)\n", run.exitCode);
        return false;
    }
    figures->paint << paint;
    figures->wall << paintedAt - run.startMonotonicMs;
    figures->cpu << run.cpuMs();
    figures->peak << run.peakRssMiB;
    return true;
}

void print(const char *what, const Figures &f)
{
    std::printf("%-38s %-13s %-13s %-13s %-9s\n", what, qPrintable(range(f.wall)), qPrintable(range(f.paint)),
        qPrintable(range(f.cpu)), qPrintable(range(f.peak)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("causeway"));
    if (qgetenv("DISPLAY").isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::printf("bench_startup: %d runs after one warm-up, platform %s, Qt %s\n", runs,
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM"))
                                                     : "xcb",
        qVersion());
    std::printf("%-38s %-13s %-13s %-13s %-9s\n", "start", "to paint ms", "kernel ms", "cpu ms", "peak MiB");

    // The first start of all shows the bundled sample post-mortem; every later one an empty document.
    Figures first, later;
    QTemporaryDir laterHome;
    for (int run = 0; run <= runs; ++run) {
        QTemporaryDir firstHome;
        Figures warmUp;
        if (!startOnce(program, firstHome.path(), run == 0 ? &warmUp : &first) ||
            !startOnce(program, laterHome.path(), run == 0 ? &warmUp : &later))
            return 1;
    }
    print("first start (the sample post-mortem)", first);
    print("later start (empty document)", later);
    std::printf("to paint: from fork() in this program to the first paint; kernel: from the process's start "
                "time as the kernel records it (10 ms steps); cpu and peak: the whole process\n");
    return 0;
}
