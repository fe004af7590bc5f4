// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline at scale: a document of N events (default 1,000,000) is built, saved, loaded, shown in
// the timeline table, sorted, filtered keystroke by keystroke and scrolled. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/qt6/bin/bench_timeline [N]
// Results go to docs/benchmarks.md; nothing here is a pass/fail test.
#include "benchmarkutil.h"
#include "document.h"
#include "format/documentfile.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    std::printf("bench_timeline: %d events, Qt %s\n", count, qVersion());
    Stopwatch t;

    t.start();
    DocumentContent content;
    content.incident.zone = QStringLiteral("Europe/Berlin");
    content.events = syntheticEvents(count);
    auto document = std::make_unique<Document>(std::move(content));
    report("build document in memory", t, QStringLiteral("RSS %1 MiB").arg(rssMiB(), 0, 'f', 0));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.causeway"));
    t.start();
    QString error;
    if (!saveDocument(*document, path, &error)) {
        std::printf("save failed: %s\n", qPrintable(error));
        return 1;
    }
    report("save", t, QStringLiteral("%1 MiB file").arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0));
    document.reset();
    const double before = rssMiB();

    t.start();
    LoadResult loaded = loadDocument(path);
    if (!loaded.document) {
        std::printf("load failed: %s\n", qPrintable(loaded.errors.value(0).toString()));
        return 1;
    }
    report("load", t,
        QStringLiteral("RSS %1 MiB (was %2), peak %3 MiB")
            .arg(rssMiB(), 0, 'f', 0)
            .arg(before, 0, 'f', 0)
            .arg(peakRssMiB(), 0, 'f', 0));
    Document *doc = loaded.document.get();

    t.start();
    TimelineModel model(doc);
    TimelineFilterProxy proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    report("table model, proxy and first paint", t);

    t.start();
    view.setSortingEnabled(true);
    view.sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    report("sort by time", t);
    t.start();
    view.sortByColumn(TimelineModel::ActorColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    report("sort by actor (text)", t);
    view.sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);

    const QString typed = QStringLiteral("rollback");
    double worst = 0, worstCpu = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        TimelineFilter filter;
        filter.text = typed.left(i);
        t.start();
        proxy.setFilter(filter);
        QApplication::processEvents();
        worst = qMax(worst, t.wallMs());
        worstCpu = qMax(worstCpu, t.cpuMs());
        const QByteArray name = "filter \"" + typed.left(i).toUtf8() + "\"";
        report(name.constData(), t, QStringLiteral("%1 shown").arg(proxy.rowCount()));
    }
    report("filter: worst keystroke", worst, QStringLiteral("cpu %1 ms").arg(worstCpu, 0, 'f', 1));
    t.start();
    proxy.setFilter(TimelineFilter());
    QApplication::processEvents();
    report("filter cleared", t);

    t.start();
    QScrollBar *bar = view.verticalScrollBar();
    const int steps = 200;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        view.viewport()->repaint();
    }
    report("scroll top to bottom, 200 repaints", t,
        QStringLiteral("%1 ms per frame").arg(elapsedMs(t) / steps, 0, 'f', 2));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
