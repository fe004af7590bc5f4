// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic incidents and logs (causeway-gen): deterministic for a seed, valid documents whose
// causal graph has no cycle, and logs that the importers read without skipping a line.
#include "document.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "import/importers.h"
#include "synthetic/syntheticincident.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace causeway;

class TestSynthetic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameIncident();
    void incidentIsValid_data();
    void incidentIsValid();
    void logsImportCleanly_data();
    void logsImportCleanly();
};

void TestSynthetic::sameSeedSameIncident()
{
    SyntheticSpec spec;
    spec.events = 500;
    const QByteArray a = serializeDocument(Document(syntheticIncident(spec)));
    const QByteArray b = serializeDocument(Document(syntheticIncident(spec)));
    QCOMPARE(a, b);
    spec.seed = 2;
    QVERIFY(serializeDocument(Document(syntheticIncident(spec))) != a);
}

void TestSynthetic::incidentIsValid_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("links");
    QTest::newRow("empty") << 0 << 0 << 0;
    QTest::newRow("one node") << 10 << 1 << -1;
    QTest::newRow("small") << 1000 << 40 << -1;
    QTest::newRow("layout size") << 2000 << 2000 << 3000;
}

void TestSynthetic::incidentIsValid()
{
    QFETCH(int, events);
    QFETCH(int, nodes);
    QFETCH(int, links);
    SyntheticSpec spec;
    spec.events = events;
    spec.nodes = nodes;
    spec.links = links;
    const DocumentContent content = syntheticIncident(spec);
    QCOMPARE(content.events.size(), events);
    QCOMPARE(content.nodes.size(), nodes);
    if (links >= 0)
        QCOMPARE(content.links.size(), links);
    // The strict reader accepts it: every reference resolves and every value is in range.
    const ReadResult read = readDocument(serializeDocument(Document(content)));
    QVERIFY2(read.content, qPrintable(read.errors.value(0).toString()));
    // Links flow toward the outcome, so the graph has no cycle.
    for (const CausalLink &l : content.links)
        QVERIFY(l.from.value > l.to.value);
}

void TestSynthetic::logsImportCleanly_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("importer");
    QTest::newRow("jsonl") << int(SyntheticLogFormat::Jsonl) << "jsonl";
    QTest::newRow("csv") << int(SyntheticLogFormat::Csv) << "csv";
    QTest::newRow("syslog") << int(SyntheticLogFormat::Syslog) << "syslog";
}

void TestSynthetic::logsImportCleanly()
{
    QFETCH(int, format);
    QFETCH(QString, importer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.") + importer);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const qint64 lines = writeSyntheticLog(&file, SyntheticLogFormat(format), 300 * 1000, 7);
    file.close();
    QVERIFY(lines > 1000);
    QVERIFY(file.size() <= 300 * 1000 && file.size() > 290 * 1000);

    const Importer *reader = importerNamed(importer);
    QVERIFY(reader);
    ImportBatch batch;
    QString error;
    QVERIFY2(reader->read(path, ImportOptions(), batch, ImportProgress(), &error), qPrintable(error));
    QVERIFY2(batch.skipped.isEmpty(), qPrintable(batch.skipped.value(0).toString()));
    QCOMPARE(batch.events.size(), lines);
}

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
