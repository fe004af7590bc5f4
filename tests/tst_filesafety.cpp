// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's care for its file: one backup of the previous version on each save; a change
// by another program is noticed, told in a bar, and saving over it asks first; reload asks when
// there are unsaved edits; the same file is never open twice.
#include "document.h"
#include "externalchangebar.h"
#include "externalchanges.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"
#include "mainwindow.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <utime.h>

using namespace causeway;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes as editors and `git` do: a new file renamed over the old one (a new inode).
void replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    QVERIFY(f.commit());
}

/// Writes into the same file, as `>` in a shell does.
void overwriteInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// The file as another program would write it: the sample with a different title.
QByteArray changedVersion(const QString &path, const QString &title)
{
    LoadResult loaded = loadDocument(path);
    Incident incident = loaded.document->incident();
    incident.title = title;
    loaded.document->changeIncident(incident);
    return serializeDocument(*loaded.document);
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveKeepsOneBackupOfThePreviousVersion();
    void changeOnDiskShowsTheBar_data();
    void changeOnDiskShowsTheBar();
    void savingOverAChangeAsks();
    void ownSaveAndTouchAreNoChange();
    void watchSurvivesReplaceAndKeepMine();
    void removedFileIsTold();
    void reloadAsksOnlyWithUnsavedEdits();
    void savingOverAFileOpenElsewhereIsRefused();
    void sameFileIsNotOpenedTwice();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_questions = 0;
    bool m_answer = false;
    QString m_lastQuestion;
};

void TestFileSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFileSafety::init()
{
    m_path = m_dir.filePath(QStringLiteral("incident.causeway"));
    QFile::remove(m_path);
    QFile::remove(backupPath(m_path));
    QVERIFY(QFile::copy(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_questions = 0;
    m_answer = false;
    m_window->externalChanges()->setQuestion(
        [this](QWidget *, const QString &, const QString &text, const QString &) {
            ++m_questions;
            m_lastQuestion = text;
            return m_answer;
        });
    QVERIFY(m_window->openFile(m_path));
    m_window->show();
}

void TestFileSafety::cleanup()
{
    m_window.reset();
}

void TestFileSafety::saveKeepsOneBackupOfThePreviousVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.causeway"));
    Document doc;
    Incident incident;
    incident.title = QStringLiteral("First");
    doc.changeIncident(incident);
    QString error;
    QVERIFY2(saveDocument(doc, path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(backupPath(path))); // nothing to keep yet
    const QByteArray first = contents(path);

    incident.title = QStringLiteral("Second");
    doc.changeIncident(incident);
    QVERIFY2(saveDocument(doc, path, &error), qPrintable(error));
    const QByteArray second = contents(path);
    QVERIFY(second != first);
    QCOMPARE(contents(backupPath(path)), first);

    incident.title = QStringLiteral("Third");
    doc.changeIncident(incident);
    QVERIFY2(saveDocument(doc, path, &error), qPrintable(error));
    QCOMPARE(contents(backupPath(path)), second); // one backup: the version just replaced
    QCOMPARE(contents(path), serializeDocument(doc));
    QCOMPARE(backupPath(path), path + QStringLiteral(".bak"));
    // Nothing else is left beside them.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("fresh*") }, QDir::Files | QDir::Hidden),
        QStringList({ QStringLiteral("fresh.causeway"), QStringLiteral("fresh.causeway.bak") }));

    // The window's Save does the same.
    const QByteArray before = contents(m_path);
    Incident changed = m_window->document()->incident();
    changed.title = QStringLiteral("Saved from the window");
    m_window->document()->changeIncident(changed);
    QVERIFY(m_window->save());
    QCOMPARE(contents(backupPath(m_path)), before);
    QCOMPARE(contents(m_path), serializeDocument(*m_window->document()));
}

void TestFileSafety::changeOnDiskShowsTheBar_data()
{
    QTest::addColumn<bool>("atomicReplace");
    QTest::newRow("renamed over it (an editor, git)") << true;
    QTest::newRow("written in place") << false;
}

void TestFileSafety::changeOnDiskShowsTheBar()
{
    QFETCH(bool, atomicReplace);
    ExternalChangeBar *bar = m_window->externalChangeBar();
    QVERIFY(bar->isHidden());
    const QByteArray theirs = changedVersion(m_path, QStringLiteral("Changed elsewhere"));
    if (atomicReplace)
        replaceFile(m_path, theirs);
    else
        overwriteInPlace(m_path, theirs);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->message().contains(QLatin1String("incident.causeway")), qPrintable(bar->message()));
    QVERIFY2(bar->message().contains(QLatin1String("changed on disk")), qPrintable(bar->message()));
    QVERIFY(bar->reloadButton()->isVisible());
    QVERIFY(bar->keepButton()->isVisible());
    QVERIFY(m_window->externalChanges()->changedOnDisk());
    QCOMPARE(m_questions, 0); // the bar does not block
}

void TestFileSafety::savingOverAChangeAsks()
{
    const QByteArray theirs = changedVersion(m_path, QStringLiteral("Theirs"));
    replaceFile(m_path, theirs);
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
    Incident mine = m_window->document()->incident();
    mine.title = QStringLiteral("Mine");
    m_window->document()->changeIncident(mine);

    m_answer = false; // "Cancel"
    QVERIFY(!m_window->save());
    QCOMPARE(m_questions, 1);
    QVERIFY2(m_lastQuestion.contains(QDir::toNativeSeparators(m_path)), qPrintable(m_lastQuestion));
    QCOMPARE(contents(m_path), theirs); // untouched
    QVERIFY(m_window->document()->isModified());

    m_answer = true; // "Save Anyway"
    QVERIFY(m_window->save());
    QCOMPARE(m_questions, 2);
    QCOMPARE(contents(m_path), serializeDocument(*m_window->document()));
    QCOMPARE(contents(backupPath(m_path)), theirs); // theirs is not lost
    QVERIFY(m_window->externalChangeBar()->isHidden());
    QVERIFY(!m_window->externalChanges()->changedOnDisk());

    // Saved: the next save has nothing to ask about.
    mine.title = QStringLiteral("Mine again");
    m_window->document()->changeIncident(mine);
    QVERIFY(m_window->save());
    QCOMPARE(m_questions, 2);
}

void TestFileSafety::ownSaveAndTouchAreNoChange()
{
    Incident mine = m_window->document()->incident();
    mine.title = QStringLiteral("Saved here");
    m_window->document()->changeIncident(mine);
    QVERIFY(m_window->save());
    // A touch changes the time, not the bytes.
    const QByteArray path = QFile::encodeName(m_path);
    struct utimbuf times = { 1000000000, 1000000000 };
    QCOMPARE(::utime(path.constData(), &times), 0);
    QTest::qWait(600); // longer than the watcher settles
    QVERIFY(m_window->externalChangeBar()->isHidden());
    QVERIFY(!m_window->externalChanges()->changedOnDisk());
    mine.title = QStringLiteral("Saved again");
    m_window->document()->changeIncident(mine);
    QVERIFY(m_window->save());
    QCOMPARE(m_questions, 0);
}

void TestFileSafety::watchSurvivesReplaceAndKeepMine()
{
    replaceFile(m_path, changedVersion(m_path, QStringLiteral("First change")));
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
    m_window->externalChangeBar()->keepButton()->click();
    QVERIFY(m_window->externalChangeBar()->isHidden());
    QVERIFY(m_window->document()->isModified()); // the disk has another version now
    QVERIFY(!m_window->externalChanges()->changedOnDisk());

    // The rename ended the first watch; the second change must still be seen.
    replaceFile(m_path, changedVersion(m_path, QStringLiteral("Second change")));
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
    m_window->externalChangeBar()->keepButton()->click();

    // Keep Mine means saving does not ask about what was kept.
    QVERIFY(m_window->save());
    QCOMPARE(m_questions, 0);
}

void TestFileSafety::removedFileIsTold()
{
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
    QVERIFY2(m_window->externalChangeBar()->message().contains(QLatin1String("deleted")),
        qPrintable(m_window->externalChangeBar()->message()));
    QVERIFY(!m_window->externalChangeBar()->reloadButton()->isVisible());
    // Saving writes it again without asking: there is nothing to overwrite.
    QVERIFY(m_window->save());
    QCOMPARE(m_questions, 0);
    QCOMPARE(contents(m_path), serializeDocument(*m_window->document()));

    // And once back, the file is watched again.
    replaceFile(m_path, changedVersion(m_path, QStringLiteral("Back and changed")));
    QTRY_VERIFY(m_window->externalChanges()->changedOnDisk());
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
}

void TestFileSafety::reloadAsksOnlyWithUnsavedEdits()
{
    replaceFile(m_path, changedVersion(m_path, QStringLiteral("Reloaded title")));
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());

    // Unsaved edits: Reload asks, and "Cancel" keeps everything.
    Incident mine = m_window->document()->incident();
    mine.title = QStringLiteral("Unsaved");
    m_window->document()->changeIncident(mine);
    Document *before = m_window->document();
    m_answer = false;
    m_window->externalChangeBar()->reloadButton()->click();
    QCOMPARE(m_questions, 1);
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_window->document()->incident().title, QStringLiteral("Unsaved"));

    m_answer = true;
    m_window->externalChangeBar()->reloadButton()->click();
    QCOMPARE(m_questions, 2);
    QCOMPARE(m_window->document()->incident().title, QStringLiteral("Reloaded title"));
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(m_window->externalChangeBar()->isHidden());

    // Without unsaved edits there is nothing to lose: no question.
    replaceFile(m_path, changedVersion(m_path, QStringLiteral("Reloaded twice")));
    QTRY_VERIFY(m_window->externalChangeBar()->isVisible());
    QVERIFY(m_window->reloadFromDisk());
    QCOMPARE(m_questions, 2);
    QCOMPARE(m_window->document()->incident().title, QStringLiteral("Reloaded twice"));
}

void TestFileSafety::sameFileIsNotOpenedTwice()
{
    Document *open = m_window->document();
    Incident mine = open->incident();
    mine.title = QStringLiteral("Unsaved edit");
    open->changeIncident(mine);

    QVERIFY(QFile::link(m_path, m_dir.filePath(QStringLiteral("link.causeway"))));
    const QString spellings[] = {
        m_path,
        m_dir.path() + QStringLiteral("/./incident.causeway"),
        m_dir.path() + QStringLiteral("/../") + QFileInfo(m_dir.path()).fileName() +
            QStringLiteral("/incident.causeway"),
        m_dir.filePath(QStringLiteral("link.causeway")),
    };
    for (const QString &spelling : spellings) {
        QVERIFY(m_window->openFile(spelling));
        QCOMPARE(m_window->document(), open); // not read again: the unsaved edit stays
        QCOMPARE(m_window->document()->incident().title, QStringLiteral("Unsaved edit"));
        QCOMPARE(MainWindow::windowWithFile(spelling), m_window.get());
    }
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("link.causeway"))));

    // A second window asked to open it leaves it to the first.
    MainWindow second;
    QVERIFY(second.openFile(m_path));
    QVERIFY(second.document()->fileName().isEmpty());
    QCOMPARE(m_window->document(), open);

    // A different file opens.
    const QString other = m_dir.filePath(QStringLiteral("other.causeway"));
    QFile::remove(other);
    QVERIFY(QFile::copy(m_path, other));
    QVERIFY(second.openFile(other));
    QCOMPARE(second.document()->fileName(), QFileInfo(other).absoluteFilePath());
}

void TestFileSafety::savingOverAFileOpenElsewhereIsRefused()
{
    Document *open = m_window->document();
    Incident mine = open->incident();
    mine.title = QStringLiteral("Unsaved edit in the first window");
    open->changeIncident(mine);
    const QByteArray onDisk = contents(m_path);

    MainWindow second;
    Incident theirs = second.document()->incident();
    theirs.title = QStringLiteral("Second window");
    second.document()->changeIncident(theirs);

    QString told;
    QTimer::singleShot(0, this, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    QVERIFY(!second.saveTo(m_dir.path() + QStringLiteral("/./incident.causeway")));
    QVERIFY2(told.contains(QStringLiteral("open in another window")), qPrintable(told));
    QCOMPARE(contents(m_path), onDisk);
    QVERIFY(second.document()->fileName().isEmpty());
    QCOMPARE(MainWindow::windowWithFile(m_path), m_window.get());
    QCOMPARE(m_window->document()->incident().title, QStringLiteral("Unsaved edit in the first window"));

    // Its own window saves it as always.
    QVERIFY(m_window->saveTo(m_path));
    QVERIFY(contents(m_path) != onDisk);
}

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
