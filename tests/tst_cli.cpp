// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a user runs it: without a display, with its exit codes.
#include "checks/checkids.h"
#include "document.h"
#include "format/documentfile.h"
#include <QImage>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void versionNamesTheLibraries();
    void checkReportsThePlace();
    void newerVersionIsRefused();
    void importAppendsAndLeavesOutRepeats();
    void checkFailsOnOpenErrorFindings();
    void checkJsonListsFindings();
    void checkJsonMatchesText();
    void checkJsonErrors_data();
    void checkJsonErrors();
    void importUsageErrors_data();
    void importUsageErrors();
    void exportWritesEveryFormat_data();
    void exportWritesEveryFormat();
    void exportForLeadershipHidesNames();
    void exportErrors_data();
    void exportErrors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
};

void TestCli::checkFailsOnOpenErrorFindings()
{
    using namespace causeway;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-owner.causeway"));
    LoadResult sample = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(sample.document);
    Document &d = *sample.document;
    CorrectiveAction a = d.actions().first();
    a.owner = PersonId();
    d.change(a);
    QString error;
    QVERIFY2(saveDocument(d, path, &error), qPrintable(error));
    Run r = run({ QStringLiteral("check"), path });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("%1: action 1 \u201C").arg(path)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(", owner: error: action.no-owner: The action has no owner")),
        qPrintable(r.out));

    // Acknowledged, the finding no longer fails the check and is not printed.
    d.acknowledge({ QLatin1String(checks::ActionNoOwner), EntityRef::of(EntityKind::Action, a.id),
        QStringLiteral("owner"), QStringLiteral("Assigned at the next review") });
    QVERIFY2(saveDocument(d, path, &error), qPrintable(error));
    r = run({ QStringLiteral("check"), path });
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.out.contains(QLatin1String("action.no-owner")), qPrintable(r.out));
}

namespace {
/// The findings \a out holds as a JSON array, or a failure message in \a error.
QJsonArray findingsArray(const QString &out, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(out.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isArray()) {
        *error = QStringLiteral("not a JSON array (%1): %2").arg(parse.errorString(), out);
        return {};
    }
    return json.array();
}

QJsonObject findingOf(const QJsonArray &findings, const QString &check)
{
    for (const QJsonValue &v : findings) {
        if (v.toObject().value(QStringLiteral("check")).toString() == check)
            return v.toObject();
    }
    return {};
}
} // namespace

void TestCli::checkJsonListsFindings()
{
    using namespace causeway;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-owner.causeway"));
    LoadResult sample = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(sample.document);
    Document &d = *sample.document;
    CorrectiveAction a = d.actions().first();
    a.owner = PersonId();
    d.change(a);
    QString error;
    QVERIFY2(saveDocument(d, path, &error), qPrintable(error));

    Run r = run({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path });
    QCOMPARE(r.code, 1); // the same exit status as text
    QJsonArray findings = findingsArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject f = findingOf(findings, QLatin1String(checks::ActionNoOwner));
    QVERIFY2(!f.isEmpty(), qPrintable(r.out));
    QCOMPARE(f.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QStringLiteral("entity")).toString(), QStringLiteral("action"));
    QCOMPARE(qint64(f.value(QStringLiteral("id")).toDouble()), qint64(a.id.value));
    QCOMPARE(f.value(QStringLiteral("field")).toString(), QStringLiteral("owner"));
    QVERIFY(f.value(QStringLiteral("place")).toString().startsWith(QStringLiteral("action 1 \u201C")));
    QVERIFY(
        f.value(QStringLiteral("message")).toString().startsWith(QLatin1String("The action has no owner")));
    QVERIFY(f.contains(QStringLiteral("suggestion")));
    QCOMPARE(f.value(QStringLiteral("acknowledged")).toBool(), false);

    // Acknowledged, it no longer fails the check and stays listed, marked, with its reason.
    d.acknowledge({ QLatin1String(checks::ActionNoOwner), EntityRef::of(EntityKind::Action, a.id),
        QStringLiteral("owner"), QStringLiteral("Assigned at the next review") });
    QVERIFY2(saveDocument(d, path, &error), qPrintable(error));
    r = run({ QStringLiteral("check"), QStringLiteral("--format=json"), path });
    QCOMPARE(r.code, 0);
    findings = findingsArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    f = findingOf(findings, QLatin1String(checks::ActionNoOwner));
    QCOMPARE(f.value(QStringLiteral("acknowledged")).toBool(), true);
    QCOMPARE(f.value(QStringLiteral("acknowledgementReason")).toString(),
        QStringLiteral("Assigned at the next review"));
}

void TestCli::checkJsonMatchesText()
{
    // The two formats report the same open findings: one text line per open JSON finding.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blame.causeway"));
    causeway::LoadResult sample =
        causeway::loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(sample.document);
    sample.document->setSection(
        QStringLiteral("summary"), QStringLiteral("Amara forgot to check the lock timeout."));
    QString error;
    QVERIFY2(causeway::saveDocument(*sample.document, path, &error), qPrintable(error));

    const Run text = run({ QStringLiteral("check"), path });
    const Run json =
        run({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path });
    QCOMPARE(json.code, text.code);
    const QJsonArray findings = findingsArray(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The blame sentence is found where it was written, with its range in the section's text.
    const QJsonObject blame = findingOf(findings, QLatin1String(causeway::checks::PersonAsCause));
    QVERIFY2(!blame.isEmpty(), qPrintable(json.out));
    QCOMPARE(blame.value(QStringLiteral("entity")).toString(), QStringLiteral("section"));
    QCOMPARE(blame.value(QStringLiteral("id")).toString(), QStringLiteral("summary"));
    QCOMPARE(blame.value(QStringLiteral("start")).toInt(), 0);
    QVERIFY(blame.value(QStringLiteral("length")).toInt() > 0);
    QStringList lines;
    for (const QString &line : text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String(": loaded (")))
            lines << line;
    }
    QStringList fromJson;
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("acknowledged")).toBool())
            continue;
        fromJson << QStringLiteral("%1: %2: %3: %4: %5")
                        .arg(o.value(QStringLiteral("file")).toString(),
                            o.value(QStringLiteral("place")).toString(),
                            o.value(QStringLiteral("severity")).toString(),
                            o.value(QStringLiteral("check")).toString(),
                            o.value(QStringLiteral("message")).toString());
    }
    QVERIFY(!lines.isEmpty());
    QCOMPARE(fromJson, lines);
}

void TestCli::checkJsonErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("jsonOut");
    QTest::addColumn<QString>("stderrHas");
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    const QString bad = QFINDTESTDATA("data/bad-time.causeway");
    const QString json = QStringLiteral("--format=json");
    QTest::newRow("unknown format") << QStringList { QStringLiteral("check"), QStringLiteral("--format=xml"),
        sample } << 64 << false << QStringLiteral("expected text or json");
    QTest::newRow("malformed file") << QStringList { QStringLiteral("check"), json, bad } << 2 << true
                                    << QStringLiteral("timeline[0].time: expected");
    QTest::newRow("one bad of two") << QStringList { QStringLiteral("check"), json, sample, bad } << 2 << true
                                    << QStringLiteral("got \"noon\"");
}

void TestCli::checkJsonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(bool, jsonOut);
    QFETCH(QString, stderrHas);
    const Run r = run(arguments);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    if (jsonOut) {
        // Load errors stay on stderr; stdout is still one JSON array a script can read.
        QString error;
        findingsArray(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess process;
    // No display at all: headless commands must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAUSEWAY_EXECUTABLE), arguments);
    Run r;
    if (!process.waitForFinished(30000))
        return r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    const QString bad = QFINDTESTDATA("data/bad-time.causeway");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0
                            << QStringLiteral("check [--format text|json] FILE") << QString();
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                               << QStringLiteral("causeway 0.") << QString();
    QTest::newRow("check sample") << QStringList { QStringLiteral("check"), sample } << 0
                                  << QStringLiteral("loaded (28 events") << QString();
    QTest::newRow("check malformed") << QStringList { QStringLiteral("check"), bad } << 2 << QString()
                                     << QStringLiteral("timeline[0].time: expected");
    QTest::newRow("check one bad of two") << QStringList { QStringLiteral("check"), sample, bad } << 2
                                          << QStringLiteral("loaded") << QStringLiteral("got \"noon\"");
    QTest::newRow("check missing file")
        << QStringList { QStringLiteral("check"), QStringLiteral("/nonexistent.causeway") } << 2 << QString()
        << QStringLiteral("cannot open the file");
    QTest::newRow("check without file")
        << QStringList { QStringLiteral("check") } << 64 << QString() << QStringLiteral("no file given");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate"),
        QStringLiteral("--help") } << 64
                                    << QString() << QStringLiteral("frobnicate");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Run r = run(arguments);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
}

void TestCli::versionNamesTheLibraries()
{
    const Run r = run({ QStringLiteral("--version") });
    QVERIFY(r.out.contains(QLatin1String("Qt ")));
    QVERIFY(r.out.contains(QLatin1String("Graphviz ")));
    QVERIFY(r.out.contains(QLatin1String("KSyntaxHighlighting")));
}

void TestCli::checkReportsThePlace()
{
    const QString bad = QFINDTESTDATA("data/bad-time.causeway");
    const Run r = run({ QStringLiteral("check"), bad });
    QCOMPARE(r.err.trimmed(),
        bad +
            QStringLiteral(": timeline[0].time: expected an RFC 3339 timestamp with a zone offset, such as "
                           "\"2026-03-02T14:03:10Z\", got \"noon\""));
}

void TestCli::newerVersionIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.causeway"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "causeway", "version": 7, "timeline": "a shape this version cannot read"})");
    f.close();
    const Run r = run({ QStringLiteral("check"), path });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(),
        path +
            QStringLiteral(": version: this file was written by a newer Causeway (format version 7); "
                           "this version reads up to 1"));
}

void TestCli::importAppendsAndLeavesOutRepeats()
{
    QTemporaryDir dir;
    const QString into = dir.filePath(QStringLiteral("new.causeway"));
    const QString source = QFINDTESTDATA("data/import/jsonl/orders-api.jsonl");
    const QStringList arguments = { QStringLiteral("import"), QStringLiteral("--format"),
        QStringLiteral("jsonl"), source, QStringLiteral("--into"), into, QStringLiteral("--zone"),
        QStringLiteral("Europe/Berlin") };
    Run r = run(arguments);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("3 read, 3 added, 0 already in the document, 1 skipped")),
        qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("orders-api.jsonl:4: not valid JSON")), qPrintable(r.err));
    // The created file is a valid document with the events (a bare timeline names no trigger yet:
    // that is an open error finding, exit code 1, not a load error).
    r = run({ QStringLiteral("check"), into });
    QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("3 events")), qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String(": document: error: trigger.missing: ")), qPrintable(r.out));
    // Importing the same file again adds nothing, and that is not an error.
    r = run(arguments);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("3 read, 0 added, 3 already in the document")), qPrintable(r.out));
    // A source that yields nothing at all is.
    r = run({ QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("jsonl"),
        dir.filePath(QStringLiteral("missing.jsonl")), QStringLiteral("--into"), into });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("cannot open")), qPrintable(r.err));
}

void TestCli::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString f = QStringLiteral("--format");
    const QString into = QStringLiteral("--into");
    QTest::newRow("no format") << QStringList { QStringLiteral("import"), QStringLiteral("x.jsonl"), into,
        QStringLiteral("y") } << QStringLiteral("no --format given");
    QTest::newRow("unknown format") << QStringList { QStringLiteral("import"), f, QStringLiteral("word"),
        QStringLiteral("x"), into, QStringLiteral("y") }
                                    << QStringLiteral("unknown format \"word\"");
    QTest::newRow("no source") << QStringList { QStringLiteral("import"), f, QStringLiteral("jsonl"), into,
        QStringLiteral("y") } << QStringLiteral("no SOURCE given");
    QTest::newRow("no into") << QStringList { QStringLiteral("import"), f, QStringLiteral("jsonl"),
        QStringLiteral("x") } << QStringLiteral("no --into FILE given");
    QTest::newRow("bad zone") << QStringList { QStringLiteral("import"), f, QStringLiteral("jsonl"),
        QStringLiteral("x"), into, QStringLiteral("y"), QStringLiteral("--zone"),
        QStringLiteral("Mars/Olympus") }
                              << QStringLiteral("not an IANA time-zone id");
    QTest::newRow("bad year") << QStringList { QStringLiteral("import"), f, QStringLiteral("jsonl"),
        QStringLiteral("x"), into, QStringLiteral("y"), QStringLiteral("--year"), QStringLiteral("26x") }
                              << QStringLiteral("--year: expected a year");
}

void TestCli::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::exportWritesEveryFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("svg") << QStringLiteral("diagram.svg");
    QTest::newRow("png") << QStringLiteral("diagram.png");
    QTest::newRow("upper-case extension") << QStringLiteral("DIAGRAM.SVG");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
    QTest::newRow("markdown") << QStringLiteral("post-mortem.md");
}

void TestCli::exportWritesEveryFormat()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString out = dir.filePath(fileName);
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    // No display and no platform chosen: export must still work (it picks the offscreen one).
    const Run r = run({ QStringLiteral("export"), sample, QStringLiteral("-o"), out });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("wrote")), qPrintable(r.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (fileName.endsWith(QLatin1String("pdf"))) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 20000);
    } else if (fileName.endsWith(QLatin1String("md"))) {
        QVERIFY(bytes.startsWith("# orders-api"));
        QVERIFY(bytes.contains("```mermaid"));
    } else if (fileName.endsWith(QLatin1String("png"), Qt::CaseInsensitive)) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(image.width() > 1000 && image.height() > 500);
    } else {
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("ROOT CAUSE"));
    }
}

void TestCli::exportForLeadershipHidesNames()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("leadership.md"));
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    const Run r = run({ QStringLiteral("export"), sample, QStringLiteral("-o"), out,
        QStringLiteral("--audience"), QStringLiteral("leadership") });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.contains(QStringLiteral("Jonas")));
    QVERIFY(!text.contains(QStringLiteral("Okafor")));
    QVERIFY(text.contains(QStringLiteral("Incident commander")));
    QVERIFY(!text.contains(QStringLiteral("```sql")));
}

void TestCli::exportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    const QString bad = QFINDTESTDATA("data/bad-time.causeway");
    const QString o = QStringLiteral("-o");
    QTest::newRow("unknown extension")
        << QStringList { QStringLiteral("export"), sample, o, QStringLiteral("/tmp/x.gif") } << 64
        << QStringLiteral("unknown output format \"gif\"; expected one of .pdf, .md, .svg, .png");
    QTest::newRow("no output") << QStringList { QStringLiteral("export"),
        sample } << 64 << QStringLiteral("Usage: causeway export FILE -o OUT.pdf|OUT.md|OUT.svg|OUT.png");
    QTest::newRow("no input") << QStringList { QStringLiteral("export"), o, QStringLiteral("/tmp/x.svg") }
                              << 64 << QStringLiteral("give one document");
    QTest::newRow("unreadable input") << QStringList { QStringLiteral("export"),
        QStringLiteral("/nonexistent.causeway"), o, QStringLiteral("/tmp/x.svg") }
                                      << 2 << QStringLiteral("cannot open the file");
    QTest::newRow("malformed input") << QStringList { QStringLiteral("export"), bad, o,
        QStringLiteral("/tmp/x.svg") }
                                     << 2 << QStringLiteral("timeline[0].time: expected");
    QTest::newRow("unwritable output")
        << QStringList { QStringLiteral("export"), sample, o, QStringLiteral("/nonexistent-directory/x.png") }
        << 4 << QStringLiteral("Cannot write /nonexistent-directory/x.png");
    QTest::newRow("unknown audience")
        << QStringList { QStringLiteral("export"), sample, o, QStringLiteral("/tmp/x.md"),
               QStringLiteral("--audience"), QStringLiteral("board") }
        << 64 << QStringLiteral("--audience: expected internal or leadership, got \"board\"");
    QTest::newRow("unknown page size") << QStringList { QStringLiteral("export"), sample, o,
        QStringLiteral("/tmp/x.pdf"), QStringLiteral("--page-size"),
        QStringLiteral("A3") } << 64 << QStringLiteral("--page-size: expected A4 or Letter, got \"A3\"");
}

void TestCli::exportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    const Run r = run(arguments);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
