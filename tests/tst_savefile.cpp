// SPDX-License-Identifier: GPL-3.0-or-later
// Saves are atomic: a failed save leaves the old file intact and says why.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <QProcess>

#include <csignal>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace causeway;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/**
 * Root ignores file permissions. While this guard lives, file-system checks are made as an
 * ordinary user (setfsuid drops CAP_DAC_OVERRIDE for them), so a read-only folder is read-only
 * for the test even in a CI container that runs as root.
 */
class AsOrdinaryUser
{
public:
    AsOrdinaryUser()
    {
        if (geteuid() == 0) {
            setfsuid(65534);
            m_active = true;
        }
    }
    ~AsOrdinaryUser()
    {
        if (m_active)
            setfsuid(0);
    }

private:
    bool m_active = false;
};

/// Runs a system tool quietly; false when it is missing or refuses (no permission, unsupported).
bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Makes the document bigger by \a kib KiB of event text, so that a save needs that much room.
void grow(Document &doc, int kib)
{
    QVector<TimelineEvent> events;
    for (int i = 0; i < kib; ++i) {
        TimelineEvent e;
        e.time = Instant::fromUtcMicroseconds(1776153600000000LL + i * 1000000LL);
        e.text = QString(1000, QLatin1Char('a' + i % 26));
        events.append(e);
    }
    doc.appendEvents(events, QStringLiteral("Grow"));
}

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void saveWritesCanonicalBytesAndMarksSaved();
    void saveIntoReadOnlyFolderKeepsOldFile();
    void saveIntoMissingFolderFails();
    void saveUnderARegularFileFails();
    void saveIntoFullFileSystemKeepsOldFile();
    void saveBeyondFileSizeLimitKeepsOldFile();
    void saveIntoImmutableFolderKeepsOldFile();
    void saveOverImmutableFileKeepsOldFile();
    void writeErrorIsReported();
    void loadMissingFileSaysWhy();
    void loadMalformedFileGivesNoDocument();

private:
    std::unique_ptr<Document> m_doc;
    QTemporaryDir m_dir;
};

void TestSaveFile::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    QVERIFY(m_dir.isValid());
}

void TestSaveFile::saveWritesCanonicalBytesAndMarksSaved()
{
    m_doc->setTemplate(TemplateId::Atlassian);
    QVERIFY(m_doc->isModified());
    const QString path = m_dir.filePath(QStringLiteral("saved.causeway"));
    QString error;
    QVERIFY2(saveDocument(*m_doc, path, &error), qPrintable(error));
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->fileName(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(contents(path), serializeDocument(*m_doc));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("saved.causeway") });
}

void TestSaveFile::saveIntoReadOnlyFolderKeepsOldFile()
{
    // The temporary folder must be reachable for the ordinary user, so that only "readonly" refuses.
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther |
            QFile::ReadGroup | QFile::ExeGroup));
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/incident.causeway");
    QString error;
    QVERIFY(saveDocument(*m_doc, path, &error));
    const QByteArray old = contents(path);
    QVERIFY(!old.isEmpty());

    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
            QFile::ExeGroup));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup));
    m_doc->setSection(QStringLiteral("summary"), QStringLiteral("A change that cannot be saved."));
    bool saved;
    {
        AsOrdinaryUser guard;
        saved = saveDocument(*m_doc, path, &error);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ermission")), qPrintable(error)); // says why
    QCOMPARE(contents(path), old);
    QVERIFY(m_doc->isModified()); // the unsaved change is still marked unsaved
}

void TestSaveFile::saveIntoMissingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.causeway"));
    QString error;
    QVERIFY(!saveDocument(*m_doc, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestSaveFile::saveUnderARegularFileFails()
{
    // The folder is a path through a regular file: refused even for root.
    const QString regular = m_dir.filePath(QStringLiteral("regular"));
    QFile f(regular);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a folder");
    f.close();
    const QString path = regular + QStringLiteral("/sub/x.causeway");
    QString error;
    QVERIFY(!saveDocument(*m_doc, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
    QCOMPARE(contents(regular), QByteArray("not a folder"));
    QVERIFY(!m_doc->fileName().endsWith(QLatin1String("x.causeway")));
}

void TestSaveFile::saveIntoFullFileSystemKeepsOldFile()
{
    // A real full disk: a 256 KiB tmpfs, which needs the right to mount (root in CI).
    const QString mountPoint = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (!run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint }))
        QSKIP("cannot mount a small tmpfs here (not root, or no mount in this container)");
    const QString path = mountPoint + QStringLiteral("/incident.causeway");
    QString error;
    const bool firstSaved = saveDocument(*m_doc, path, &error);
    const QByteArray old = contents(path);
    grow(*m_doc, 400); // 400 KiB more than fits
    const bool saved = saveDocument(*m_doc, path, &error);
    const QByteArray afterFailure = contents(path);
    const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(run(QStringLiteral("umount"), { mountPoint }));
    QVERIFY(firstSaved);
    QVERIFY(!old.isEmpty());
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(m_doc->isModified());
    QCOMPARE(afterFailure, old);
    // The temporary file is gone, and the old file did not become a backup.
    QCOMPARE(left, QStringList { QStringLiteral("incident.causeway") });
}

void TestSaveFile::saveBeyondFileSizeLimitKeepsOldFile()
{
    // The same write error wherever the test runs: a file size limit on this process (RLIMIT_FSIZE)
    // makes writes past it fail as a full disk does, for root too.
    const QString path = m_dir.filePath(QStringLiteral("limited.causeway"));
    QString error;
    QVERIFY(saveDocument(*m_doc, path, &error));
    const QByteArray old = contents(path);
    grow(*m_doc, 200);
    struct rlimit before;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    struct rlimit limited = before;
    limited.rlim_cur = rlim_t(old.size() + 4096);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // else the write kills the process
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved = saveDocument(*m_doc, path, &error);
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
    QCOMPARE(contents(path), old);
    QVERIFY(!QFile::exists(backupPath(path))); // the old file did not become the backup either
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("limited*") }, QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("limited.causeway") });
}

void TestSaveFile::saveIntoImmutableFolderKeepsOldFile()
{
    // An immutable folder refuses new files even to root (chattr +i on ext4, xfs, btrfs).
    const QString folder = m_dir.filePath(QStringLiteral("immutable"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/incident.causeway");
    QString error;
    QVERIFY(saveDocument(*m_doc, path, &error));
    const QByteArray old = contents(path);
    if (!run(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }))
        QSKIP("chattr +i is not possible here (no CAP_LINUX_IMMUTABLE, or a file system without it)");
    m_doc->setSection(QStringLiteral("summary"), QStringLiteral("A change that cannot be saved."));
    const bool saved = saveDocument(*m_doc, path, &error);
    run(QStringLiteral("chattr"), { QStringLiteral("-i"), folder });
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ermission")) || error.contains(QLatin1String("not permitted")),
        qPrintable(error));
    QCOMPARE(contents(path), old);
    QVERIFY(m_doc->isModified());
}

void TestSaveFile::saveOverImmutableFileKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.causeway"));
    QString error;
    QVERIFY(saveDocument(*m_doc, path, &error));
    const QByteArray old = contents(path);
    if (!run(QStringLiteral("chattr"), { QStringLiteral("+i"), path }))
        QSKIP("chattr +i is not possible here (no CAP_LINUX_IMMUTABLE, or a file system without it)");
    m_doc->setSection(QStringLiteral("summary"), QStringLiteral("Another change that cannot be saved."));
    const bool saved = saveDocument(*m_doc, path, &error);
    run(QStringLiteral("chattr"), { QStringLiteral("-i"), path });
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(path), old);
    QVERIFY(m_doc->isModified());
}

void TestSaveFile::writeErrorIsReported()
{
    // /dev/full fails every write with ENOSPC: the writer must say so, not report success.
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full here");
    QVERIFY(!writeDocument(*m_doc, &full));
    QVERIFY2(full.errorString().contains(QLatin1String("No space left on device")),
        qPrintable(full.errorString()));
}

void TestSaveFile::loadMissingFileSaysWhy()
{
    const LoadResult r = loadDocument(m_dir.filePath(QStringLiteral("missing.causeway")));
    QVERIFY(!r.document);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().message.startsWith(QLatin1String("cannot open the file")),
        qPrintable(r.errors.first().message));
}

void TestSaveFile::loadMalformedFileGivesNoDocument()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.causeway"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"causeway\",\n  \"version\": 1,\n  \"timeline\": [\n");
    f.close();
    const LoadResult r = loadDocument(path);
    QVERIFY(!r.document);
    QCOMPARE(r.errors.first().line, 5);
    QVERIFY(r.errors.first().toString(path).startsWith(path + QStringLiteral(":5:")));
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
