// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a user runs it: without a display, with its exit codes.
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

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
};

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
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << QStringLiteral("check FILE")
                            << QString();
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
