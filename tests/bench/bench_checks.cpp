// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis checks at scale: the bundled sample's analysis with N synthetic timeline events
// (default 100,000). Measures a full run of every check (what the Findings panel does after each
// pause in typing), a run while a long section is being typed into, and the inline check of one
// prose field (what the highlighter does on every keystroke). Run by hand:
//   QT_QPA_PLATFORM=offscreen build/qt6/bin/bench_checks [N]
// Results go to docs/benchmarks.md; nothing here is a pass/fail test.
#include "benchmarkutil.h"
#include "checks/analysis.h"
#include "checks/checker.h"
#include "document.h"
#include "format/documentfile.h"

#include <QCoreApplication>

#include <algorithm>

using namespace causeway;
using namespace causeway::bench;

namespace {

/// The median of \a runs calls of \a f, in milliseconds.
template<class F>
double medianMs(int runs, F f)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(elapsedMs(t));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    std::printf("bench_checks: sample analysis + %d events, Qt %s\n", count, qVersion());

    LoadResult sample =
        loadDocument(QStringLiteral(CAUSEWAY_SOURCE_DIR "/resources/samples/migration-timeout.causeway"));
    if (!sample.document) {
        std::printf("cannot load the sample\n");
        return 1;
    }
    DocumentContent content = sample.document->content();
    QVector<TimelineEvent> extra = syntheticEvents(count);
    quint64 next = 1000;
    for (TimelineEvent &e : extra) {
        e.id = EventId(++next);
        e.person = PersonId();
        e.flags = {};
    }
    content.events += extra;
    Document document(std::move(content));
    CheckOptions options;
    options.today = QDate(2026, 4, 20);

    // (Each time is taken before its report: argument order is unspecified.)
    Findings findings;
    double ms = medianMs(1, [&] { findings = runChecks(document, options); });
    report("first run (loads the rule files)", ms, QStringLiteral("%1 findings").arg(findings.size()));
    ms = medianMs(21, [&] { findings = runChecks(document, options); });
    report("full run, median of 21", ms, QStringLiteral("%1 findings").arg(findings.size()));

    // A long section with blame language in every paragraph, as while someone writes a draft.
    QString draft;
    for (int i = 0; i < 60; ++i)
        draft += QStringLiteral(
            "Paragraph %1: the deploy pipeline ran the migration; Amara forgot to run the check "
            "and \"human error\" was quoted from the old report. The error rate rose.\n\n")
                     .arg(i);
    document.setSection(QStringLiteral("draft"), draft);
    ms = medianMs(21, [&] { findings = runChecks(document, options); });
    report("full run with a 10 KB draft section", ms,
        QStringLiteral("%1 findings, draft %2 characters").arg(findings.size()).arg(draft.size()));

    ProseField field;
    field.place.entity = EntityRef::section(QStringLiteral("draft"));
    field.place.field = QStringLiteral("text");
    field.text = draft;
    ms = medianMs(51, [&] { findings = checkProse(document, field); });
    report(
        "inline check of the draft (per keystroke)", ms, QStringLiteral("%1 findings").arg(findings.size()));
    field.text = draft.left(400);
    report("inline check of a 400-character field",
        medianMs(101, [&] { findings = checkProse(document, field); }));

    Checker checker(&document);
    checker.setOptions(options);
    report("Checker::refresh after an edit", medianMs(11, [&] {
        document.setSection(QStringLiteral("draft"), draft + QString::number(next++));
        checker.refresh();
    }));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
