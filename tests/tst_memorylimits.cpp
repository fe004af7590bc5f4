// SPDX-License-Identifier: GPL-3.0-or-later
// Files that would need an unreasonable amount of memory are refused with a message that names the
// file, the place and the limit (memorylimits.h), instead of exhausting memory. The huge inputs
// are sparse files: gigabytes long, a few bytes on disk, quick to read.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "import/importer.h"
#include "import/importers.h"
#include "memorylimits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

namespace {

/// A file of \a head, then \a holeBytes of zero bytes that take no room on disk, then \a tail.
bool writeSparse(const QString &path, const QByteArray &head, qint64 holeBytes, const QByteArray &tail)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(head) != head.size())
        return false;
    if (!f.seek(head.size() + holeBytes))
        return false;
    return f.write(tail) == tail.size();
}

constexpr qint64 GiB = 1024 * limits::MiB;

} // namespace

class TestMemoryLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentFileTooLarge();
    void documentEntryTooLarge_data();
    void documentEntryTooLarge();
    void entryAtTheLimitStillReads();
    void importLineTooLong_data();
    void importLineTooLong();

private:
    QTemporaryDir m_dir;
};

void TestMemoryLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMemoryLimits::documentFileTooLarge()
{
    // A 3 GB document: refused before a byte is read.
    const QString path = m_dir.filePath(QStringLiteral("huge.causeway"));
    QVERIFY(writeSparse(
        path, "{\"format\": \"causeway\", \"version\": 1, \"sections\": {\"summary\": \"", 3 * GiB, "\"}}"));
    const LoadResult r = loadDocument(path);
    QVERIFY(!r.document);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().toString(path),
        path + QStringLiteral(": the file is 3072 MiB; Causeway opens documents of up to 1024 MiB"));
    QFile::remove(path);
}

void TestMemoryLimits::documentEntryTooLarge_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("place");
    // A string field of 900 MB (a file under the file limit), in an entity and in a top-level value.
    QTest::newRow("a string field of an event")
        << QByteArray("{\"format\": \"causeway\", \"version\": 1, \"timeline\": [{\"id\": 1, "
                      "\"time\": \"2026-04-14T08:00:00Z\", \"text\": \"x\"}, {\"id\": 2, \"text\": \"")
        << QStringLiteral("timeline[1]");
    QTest::newRow("a section's text")
        << QByteArray("{\"format\": \"causeway\", \"version\": 1, \"sections\": {\"summary\": \"")
        << QStringLiteral("sections");
}

void TestMemoryLimits::documentEntryTooLarge()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, place);
    const QString path = m_dir.filePath(QStringLiteral("field.causeway"));
    QVERIFY(writeSparse(path, head, 900 * limits::MiB, "\"}]}"));
    const LoadResult r = loadDocument(path);
    QVERIFY(!r.document);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().toString(path),
        QStringLiteral(
            "%1: %2: larger than 64 MiB, the most Causeway reads for one entry; the file is not opened")
            .arg(path, place));
    QFile::remove(path);
}

void TestMemoryLimits::entryAtTheLimitStillReads()
{
    // Just under the limit is a (strange but) valid document: the limit refuses no more than it says.
    const QString path = m_dir.filePath(QStringLiteral("big.causeway"));
    Document doc;
    doc.setSection(QStringLiteral("summary"), QStringLiteral("@"));
    QByteArray bytes = serializeDocument(doc);
    // The reader holds the sections' value from its "{" up to the document's closing "}" (the
    // sections come last), after the "[" it puts first: the text fills that up to the limit.
    const int start = int(bytes.indexOf("\"sections\": ")) + 12;
    const int pieceSize = 1 + int(bytes.lastIndexOf('}')) - start;
    const int text = int(limits::DocumentEntry) - pieceSize + 1;
    bytes.replace("\"@\"", QByteArray("\"" + QByteArray(text, 'a') + "\""));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    LoadResult r = loadDocument(path);
    QVERIFY2(r.document, qPrintable(r.errors.value(0).toString(path)));
    QCOMPARE(r.document->section(QStringLiteral("summary")).size(), text);

    // One byte more is refused.
    bytes.replace("\"a", "\"aa");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    r = loadDocument(path);
    QVERIFY(!r.document);
    QVERIFY2(r.errors.value(0).toString().startsWith(QLatin1String("sections: larger than 64 MiB")),
        qPrintable(r.errors.value(0).toString()));
    QFile::remove(path);
}

void TestMemoryLimits::importLineTooLong_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<qint64>("length");
    QTest::newRow("log, a line of 1 GiB")
        << QStringLiteral("log") << QByteArray("2026-04-14T08:00:00Z deploy started\n")
        << QByteArray("\n2026-04-14T08:05:00Z deploy finished\n") << GiB;
    QTest::newRow("jsonl, a line of 100 MiB")
        << QStringLiteral("jsonl")
        << QByteArray("{\"datetime\": \"2026-04-14T08:00:00Z\", \"message\": \"deploy started\"}\n")
        << QByteArray("\n{\"datetime\": \"2026-04-14T08:05:00Z\", \"message\": \"deploy finished\"}\n")
        << 100 * limits::MiB;
}

void TestMemoryLimits::importLineTooLong()
{
    // One line of 1 GB between two good ones: that line is left out, said with its place and the
    // limit, and the rest of the file is read.
    QFETCH(QString, format);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(qint64, length);
    const QString path = m_dir.filePath(QStringLiteral("huge-line.") + format);
    QVERIFY(writeSparse(path, before, length, after));
    const Importer *importer = importerNamed(format);
    QVERIFY(importer);
    ImportOptions options;
    options.zone = QStringLiteral("UTC");
    ImportBatch batch;
    QString error;
    QVERIFY2(importer->read(path, options, batch, ImportProgress(), &error), qPrintable(error));
    QCOMPARE(batch.events.size(), 2);
    QCOMPARE(batch.skipped.size(), 1);
    QCOMPARE(batch.skipped.first().toString(),
        QStringLiteral("huge-line.%1:2: line longer than 16 MiB; left out").arg(format));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestMemoryLimits)
#include "tst_memorylimits.moc"
