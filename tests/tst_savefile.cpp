// SPDX-License-Identifier: GPL-3.0-or-later
// Saves are atomic: a failed save leaves the old file intact and says why.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/fsuid.h>
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

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void saveWritesCanonicalBytesAndMarksSaved();
    void saveIntoReadOnlyFolderKeepsOldFile();
    void saveIntoMissingFolderFails();
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
