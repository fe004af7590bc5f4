// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery end to end: a child process (this test, started with --child) opens a document as
// the application does, journals it with the application's DocumentRecovery and makes scripted
// edits, reporting each one done. It is killed with SIGKILL, either after a given edit or in the
// middle of a stream of them. The restart finds the journal the way the application does, and
// the restored document must hold every edit reported done: compared entity by entity with the
// same script applied here.
#include "document.h"
#include "documentrecovery.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"
#include "mainwindow.h"
#include "recovery/recoveryjournal.h"
#include "recoveryscript.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>

using namespace causeway;

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Causeway"));
    QCoreApplication::setApplicationName(QStringLiteral("causeway"));
}

void applySteps(Document &doc, bool varied, int from, int to)
{
    for (int step = from; step < to; ++step) {
        if (varied)
            recoveryscript::variedEdit(doc, step);
        else
            recoveryscript::singleRecordEdit(doc, step);
    }
}

int childMain(const QStringList &args)
{
    // args: --child varied|stream FILE|- STEPS WAIT_AFTER
    const bool varied = args.at(2) == QLatin1String("varied");
    const int steps = args.at(4).toInt();
    const int waitAfter = args.at(5).toInt();
    std::unique_ptr<Document> doc;
    if (args.at(3) == QLatin1String("-")) {
        doc = std::make_unique<Document>();
    } else {
        LoadResult loaded = loadDocument(args.at(3));
        if (!loaded.document)
            return 65;
        doc = std::move(loaded.document);
    }
    DocumentRecovery recovery;
    recovery.follow(doc.get());
    for (int step = 0; step < steps; ++step) {
        applySteps(*doc, varied, step, step + 1);
        // Reported only once the edit has returned, as a user sees it done.
        std::printf("done %d\n", step + 1);
        std::fflush(stdout);
        if (step + 1 == waitAfter)
            break;
    }
    for (;;)
        QThread::sleep(60); // a crash never closes cleanly: wait for the kill
}

/// The first difference between two documents, entity by entity; empty when they are the same.
template<class T>
QString firstDifference(const char *what, const QVector<T> &a, const QVector<T> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 restored, %3 expected")
            .arg(QLatin1String(what))
            .arg(a.size())
            .arg(b.size());
    for (int i = 0; i < a.size(); ++i) {
        const QByteArray x = serializeEntity(a.at(i));
        const QByteArray y = serializeEntity(b.at(i));
        if (x != y)
            return QStringLiteral("%1[%2]: restored %3, expected %4")
                .arg(QLatin1String(what))
                .arg(i)
                .arg(QString::fromUtf8(x), QString::fromUtf8(y));
    }
    return {};
}

QString firstDifference(const Document &restored, const Document &expected)
{
    const QString differences[] = {
        firstDifference("people", restored.people(), expected.people()),
        firstDifference("timeline", restored.events(), expected.events()),
        firstDifference("nodes", restored.nodes(), expected.nodes()),
        firstDifference("links", restored.links(), expected.links()),
        firstDifference("answers", restored.answers(), expected.answers()),
        firstDifference("actions", restored.actions(), expected.actions()),
        firstDifference("lessons", restored.lessons(), expected.lessons()),
        firstDifference("evidence", restored.evidence(), expected.evidence()),
        firstDifference("acknowledgements", restored.acknowledgements(), expected.acknowledgements()),
        serializeEntity(restored.incident()) == serializeEntity(expected.incident())
            ? QString()
            : QStringLiteral("the incident differs"),
        restored.sections() == expected.sections() ? QString() : QStringLiteral("the sections differ"),
        restored.templateId() == expected.templateId() ? QString() : QStringLiteral("the template differs"),
    };
    for (const QString &d : differences) {
        if (!d.isEmpty())
            return d;
    }
    // Whatever the per-entity view misses, the whole file would show.
    return serializeDocument(restored) == serializeDocument(expected) ? QString()
                                                                      : QStringLiteral("the files differ");
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void restoresEveryReportedEdit_data();
    void restoresEveryReportedEdit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKillRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("recovery"));
}

void TestKillRecovery::cleanup()
{
    QSettings().remove(QStringLiteral("recovery"));
    QDir(RecoveryJournal::recoveryFolder()).removeRecursively();
}

void TestKillRecovery::restoresEveryReportedEdit_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("savedFile");
    QTest::addColumn<int>("waitAfter"); // 0: killed while the edits stream

    QTest::newRow("new document, killed after 1 edit") << QStringLiteral("varied") << false << 1;
    QTest::newRow("new document, killed after 47 edits") << QStringLiteral("varied") << false << 47;
    QTest::newRow("saved file, killed after 31 edits") << QStringLiteral("varied") << true << 31;
    QTest::newRow("saved file, killed after 70 edits") << QStringLiteral("varied") << true << 70;
    QTest::newRow("new document, killed mid-stream") << QStringLiteral("stream") << false << 0;
    QTest::newRow("saved file, killed mid-stream") << QStringLiteral("stream") << true << 0;
}

void TestKillRecovery::restoresEveryReportedEdit()
{
    QFETCH(QString, script);
    QFETCH(bool, savedFile);
    QFETCH(int, waitAfter);
    const bool varied = script == QLatin1String("varied");

    QString base = QStringLiteral("-");
    if (savedFile) {
        base = m_dir->filePath(QStringLiteral("incident.causeway"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"), base));
        QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner);
    }
    const int steps = waitAfter > 0 ? waitAfter : 1000000;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), script, base, QString::number(steps), QString::number(waitAfter) });
    QVERIFY(child.waitForStarted());

    // Killed once it reports the edit waited for, or, streaming, once a few hundred are done.
    const int killAt = waitAfter > 0 ? waitAfter : 300;
    QByteArray out;
    const QByteArray killLine = "done " + QByteArray::number(killAt) + '\n';
    while (!out.contains(killLine)) {
        QVERIFY2(child.state() == QProcess::Running, "the child stopped by itself");
        child.waitForReadyRead(200);
        out += child.readAllStandardOutput();
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    out += child.readAllStandardOutput(); // what it reported until the kill
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const int reported = lines.last().mid(5).toInt();
    QVERIFY(reported >= killAt);

    // The restart: the application finds the journal among those a crash left.
    const QStringList pending = DocumentRecovery().pendingJournals();
    QCOMPARE(pending.size(), 1);
    const QString journal = pending.first();
    if (savedFile)
        QCOMPARE(DocumentRecovery::journalFor(base), journal);
    const RecoveredDocument recovered = replayJournal(journal);
    QVERIFY2(recovered.content, qPrintable(recovered.errors.value(0).toString()));
    const Document restored(*recovered.content);
    qInfo("killed after %d reported edits; %d journal records restored", reported, recovered.records);

    std::unique_ptr<Document> expected =
        savedFile ? std::move(loadDocument(base).document) : std::make_unique<Document>();
    QVERIFY(expected);
    applySteps(*expected, varied, 0, reported);
    QString difference = firstDifference(restored, *expected);
    if (!difference.isEmpty() && waitAfter == 0) {
        // Killed between writing an edit and reporting it: that edit may be there too.
        applySteps(*expected, varied, reported, reported + 1);
        const QString next = firstDifference(restored, *expected);
        if (next.isEmpty())
            difference.clear();
    }
    QVERIFY2(difference.isEmpty(),
        qPrintable(QStringLiteral("after %1 reported edits: %2").arg(reported).arg(difference)));
    if (waitAfter > 0)
        QVERIFY2(recovered.warning.isEmpty(), qPrintable(recovered.warning));

    // And the application's own restore gives the same document, marked unsaved.
    if (waitAfter > 0) {
        MainWindow window;
        QVERIFY(window.restoreJournal(journal));
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->fileName(), savedFile ? QFileInfo(base).absoluteFilePath() : QString());
        expected = savedFile ? std::move(loadDocument(base).document) : std::make_unique<Document>();
        applySteps(*expected, varied, 0, reported);
        difference = firstDifference(*window.document(), *expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        setNames();
        return childMain(app.arguments());
    }
    // The child inherits these: it and the test share settings and the recovery folder, and
    // nothing with the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    setNames();
    TestKillRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killrecovery.moc"
