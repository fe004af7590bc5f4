// SPDX-License-Identifier: GPL-3.0-or-later
// The crash-recovery journal: every kind of edit, undo and redo replays to exactly the document
// the user had; a damaged tail restores the edits before it; a base changed on disk is refused;
// and a process killed with SIGKILL in the middle of its edits loses none of them.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "recovery/recoveryjournal.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

using namespace causeway;

namespace {

using Edit = std::function<void(Document &)>;

DocumentContent sampleContent()
{
    QFile file(QStringLiteral(CAUSEWAY_SOURCE_DIR "/resources/samples/migration-timeout.causeway"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ReadResult read = readDocument(file.readAll());
    return read.content ? *read.content : DocumentContent();
}

// A scripted session: every kind of edit the document has, with undo and redo among them.
QVector<Edit> session()
{
    return {
        [](Document &d) {
            Person p;
            p.name = QStringLiteral("Noor Haddad");
            p.role = QStringLiteral("scribe");
            d.add(p);
        },
        [](Document &d) {
            TimelineEvent e = d.events().at(3);
            e.text += QStringLiteral(" — confirmed by the DBA");
            d.change(e);
        },
        [](Document &d) {
            TimelineEvent e;
            e.time = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:30:00+02:00"));
            e.text = QStringLiteral("paged the DBA \"again\"\nsecond line");
            d.add(e);
        },
        [](Document &d) {
            d.removeEvents({ d.events().at(1).id, d.events().at(5).id });
        },
        [](Document &d) { d.undoStack()->undo(); },
        [](Document &d) { d.undoStack()->redo(); },
        [](Document &d) {
            QVector<TimelineEvent> imported(3000);
            for (int i = 0; i < imported.size(); ++i) {
                imported[i].time = Instant::fromUtcMicroseconds(1776153600000000LL + i * 1000000LL, 0);
                imported[i].text = QStringLiteral("log line %1").arg(i);
                imported[i].source.type = SourceType::Imported;
            }
            d.appendEvents(imported, QStringLiteral("Import"));
        },
        [](Document &d) { d.undoStack()->undo(); },
        [](Document &d) {
            CausalNode n;
            n.type = NodeType::Defence;
            n.defenceState = DefenceState::Absent;
            n.label = QStringLiteral("Migration duration gate");
            d.add(n);
        },
        [](Document &d) { d.connect(d.nodes().last().id, d.nodes().first().id, LinkKind::FailedToStop); },
        [](Document &d) {
            d.placeNodes({ { d.nodes().at(0).id, QPointF(10, 20), true },
                             { d.nodes().at(1).id, QPointF(300, 20), true } },
                QStringLiteral("Move"));
        },
        [](Document &d) { d.removeNodes({ d.nodes().at(2).id }); },
        [](Document &d) {
            Incident i = d.incident();
            i.title += QStringLiteral(" (draft 2)");
            i.severity = Severity::Sev1;
            d.changeIncident(i);
        },
        [](Document &d) { d.setSection(QStringLiteral("summary"), QStringLiteral("A new summary.")); },
        [](Document &d) { d.setSection(QStringLiteral("detection"), QString()); },
        [](Document &d) { d.setTemplate(TemplateId::Atlassian); },
        [](Document &d) { d.removePeople({ d.people().at(0).id }); },
        [](Document &d) {
            CorrectiveAction a = d.actions().first();
            a.status = ActionStatus::Done;
            d.change(a);
        },
        [](Document &d) { d.removeActions({ d.actions().last().id }); },
        [](Document &d) {
            Lesson l;
            l.text = QStringLiteral("Journals work");
            d.add(l);
        },
        [](Document &d) {
            Acknowledgement a;
            a.checkId = QStringLiteral("node.no-evidence");
            a.entity = EntityRef::of(EntityKind::Node, d.nodes().first().id);
            a.reason = QStringLiteral("Confirmed in the call");
            d.acknowledge(a);
        },
        [](Document &d) { d.undoStack()->undo(); },
        [](Document &d) { d.undoStack()->redo(); },
    };
}

QByteArray bytesOf(const DocumentContent &content)
{
    return serializeDocument(Document(content));
}

int childMain(const QString &journal, const QString &base)
{
    LoadResult loaded = loadDocument(base);
    if (!loaded.document)
        return 3;
    RecoveryJournal recovery(loaded.document.get(), journal);
    QString error;
    if (!recovery.start(base, false, &error))
        return 4;
    const QVector<Edit> edits = session();
    for (int i = 0; i < edits.size(); ++i) {
        edits[i](*loaded.document);
        std::cout << "edit " << i << std::endl;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::this_thread::sleep_for(std::chrono::seconds(60)); // killed before this ends
    return 0;
}

} // namespace

class TestRecoveryJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void replaysEveryEdit_data();
    void replaysEveryEdit();
    void newDocumentWithoutBase();
    void snapshotAfterRestore();
    void damagedTailKeepsEarlierEdits();
    void changedBaseIsRefused();
    void discardRemovesTheJournal();
    void killedProcessLosesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
    QString m_journal;
};

void TestRecoveryJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_base = m_dir->filePath(QStringLiteral("incident.causeway"));
    m_journal = RecoveryJournal::pathBeside(m_base);
    QFile file(m_base);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytesOf(sampleContent()));
}

void TestRecoveryJournal::replaysEveryEdit_data()
{
    QTest::addColumn<int>("count");
    const int all = session().size();
    for (int n = 1; n <= all; ++n)
        QTest::addRow("%d edits", n) << n;
}

void TestRecoveryJournal::replaysEveryEdit()
{
    QFETCH(int, count);
    LoadResult loaded = loadDocument(m_base);
    QVERIFY(loaded.document);
    Document &d = *loaded.document;
    RecoveryJournal journal(&d, m_journal);
    QString error;
    QVERIFY2(journal.start(m_base, false, &error), qPrintable(error));
    const QVector<Edit> edits = session();
    for (int i = 0; i < count; ++i)
        edits[i](d);

    const RecoveredDocument recovered = replayJournal(m_journal);
    QVERIFY2(recovered.content, qPrintable(recovered.errors.value(0).toString()));
    QVERIFY2(recovered.warning.isEmpty(), qPrintable(recovered.warning));
    QCOMPARE(recovered.baseFile, QFileInfo(m_base).absoluteFilePath());
    QCOMPARE(bytesOf(*recovered.content), serializeDocument(d));
}

void TestRecoveryJournal::newDocumentWithoutBase()
{
    Document d;
    RecoveryJournal journal(&d, m_dir->filePath(QStringLiteral("untitled.recovery")));
    QString error;
    QVERIFY(journal.start(QString(), false, &error));
    Person p;
    p.name = QStringLiteral("Ana");
    d.add(p);
    d.setSection(QStringLiteral("summary"), QStringLiteral("Short."));
    const RecoveredDocument recovered = replayJournal(journal.path());
    QVERIFY(recovered.content);
    QVERIFY(recovered.baseFile.isEmpty());
    QCOMPARE(bytesOf(*recovered.content), serializeDocument(d));
}

void TestRecoveryJournal::snapshotAfterRestore()
{
    Document d(sampleContent());
    session().at(0)(d);
    RecoveryJournal journal(&d, m_journal);
    QString error;
    QVERIFY(journal.start(m_base, true, &error));
    session().at(1)(d);
    const RecoveredDocument recovered = replayJournal(m_journal);
    QVERIFY(recovered.content);
    QCOMPARE(bytesOf(*recovered.content), serializeDocument(d));
}

void TestRecoveryJournal::damagedTailKeepsEarlierEdits()
{
    LoadResult loaded = loadDocument(m_base);
    Document &d = *loaded.document;
    RecoveryJournal journal(&d, m_journal);
    QString error;
    QVERIFY(journal.start(m_base, false, &error));
    const QVector<Edit> edits = session();
    edits[0](d);
    edits[1](d);
    const QByteArray afterTwo = serializeDocument(d);
    edits[2](d);
    journal.discard(); // closes the file; the test writes the damage itself
    QVERIFY(!QFile::exists(m_journal));

    // Write the journal again, then tear its last record as a crash mid-write would.
    LoadResult again = loadDocument(m_base);
    RecoveryJournal second(again.document.get(), m_journal);
    QVERIFY(second.start(m_base, false, &error));
    edits[0](*again.document);
    edits[1](*again.document);
    edits[2](*again.document);
    QFile file(m_journal);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 10));
    file.close();
    RecoveredDocument recovered = replayJournal(m_journal);
    QVERIFY(recovered.content);
    QVERIFY(recovered.warning.contains(QStringLiteral("line 4")));
    QCOMPARE(serializeDocument(Document(*recovered.content)), afterTwo);

    // A flipped byte in the middle: the edits before that record only.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const int secondRecord = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
    bytes[secondRecord + 20] = bytes[secondRecord + 20] == 'a' ? 'b' : 'a';
    file.seek(0);
    file.write(bytes);
    file.close();
    recovered = replayJournal(m_journal);
    QVERIFY(recovered.content);
    QVERIFY(recovered.warning.contains(QStringLiteral("line 3")));
    QCOMPARE(recovered.records, 1);
}

void TestRecoveryJournal::changedBaseIsRefused()
{
    LoadResult loaded = loadDocument(m_base);
    RecoveryJournal journal(loaded.document.get(), m_journal);
    QString error;
    QVERIFY(journal.start(m_base, false, &error));
    session().at(0)(*loaded.document);
    QFile base(m_base);
    QVERIFY(base.open(QIODevice::Append));
    base.write(" ");
    base.close();
    const RecoveredDocument recovered = replayJournal(m_journal);
    QVERIFY(!recovered.content);
    QVERIFY(recovered.errors.value(0).message.contains(QStringLiteral("changed on disk")));
}

void TestRecoveryJournal::discardRemovesTheJournal()
{
    Document d;
    RecoveryJournal journal(&d, m_journal);
    QString error;
    QVERIFY(journal.start(QString(), false, &error));
    // Nothing is written beside a document that was only read.
    QVERIFY(!QFile::exists(m_journal));
    d.add(Person());
    QVERIFY(QFile::exists(m_journal));
    QVERIFY(inspectJournal(m_journal).valid);
    journal.discard();
    QVERIFY(!QFile::exists(m_journal));
    d.add(Person()); // no journal, no crash
    QVERIFY(!QFile::exists(m_journal));
}

void TestRecoveryJournal::killedProcessLosesNothing()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), m_journal, m_base });
    QVERIFY(child.waitForStarted());
    const int killAfter = 9; // edits 0..9 were made and reported
    QString out;
    while (!out.contains(QStringLiteral("edit %1\n").arg(killAfter))) {
        QVERIFY2(child.waitForReadyRead(20000), "the child made no edit");
        out += QString::fromLatin1(child.readAllStandardOutput());
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const int made = out.count(QStringLiteral("edit "));

    LoadResult expected = loadDocument(m_base);
    const QVector<Edit> edits = session();
    for (int i = 0; i < made; ++i)
        edits[i](*expected.document);
    const RecoveredDocument recovered = replayJournal(m_journal);
    QVERIFY2(recovered.content, qPrintable(recovered.errors.value(0).toString()));
    QCOMPARE(bytesOf(*recovered.content), serializeDocument(*expected.document));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return childMain(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestRecoveryJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recoveryjournal.moc"
