// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Schema, the writer and the sample agree: a real validator (python3-jsonschema)
// accepts the sample and generated documents, and rejects a document that breaks the schema.
#include "document.h"
#include "format/documentwriter.h"
#include "randomdocument.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleAndGeneratedDocumentsAreValid();
    void validatorRejectsBrokenDocuments_data();
    void validatorRejectsBrokenDocuments();

private:
    /// Runs the validator; returns its exit code and puts its output in \a output.
    int validate(const QStringList &files, QString *output);
    QString write(const QString &name, const QByteArray &bytes);

    QString m_schema;
    QString m_script;
    QTemporaryDir m_dir;
};

void TestSchema::initTestCase()
{
    m_schema = QFINDTESTDATA("../resources/schema/causeway-1.schema.json");
    m_script = QFINDTESTDATA("validate_schema.py");
    QVERIFY(!m_schema.isEmpty());
    QVERIFY(!m_script.isEmpty());
    QVERIFY2(
        QFile::exists(QStringLiteral(CAUSEWAY_PYTHON3)), "python3 not found: run scripts/install-deps test");
}

int TestSchema::validate(const QStringList &files, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CAUSEWAY_PYTHON3), QStringList { m_script, m_schema } + files);
    if (!process.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

QString TestSchema::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestSchema::sampleAndGeneratedDocumentsAreValid()
{
    QStringList files { QFINDTESTDATA("../resources/samples/migration-timeout.causeway") };
    files << write(QStringLiteral("empty.causeway"), serializeDocument(Document()));
    for (quint32 seed = 1; seed <= 8; ++seed) {
        const Document d(testing::RandomDocument(seed).make());
        files << write(QStringLiteral("random-%1.causeway").arg(seed), serializeDocument(d));
    }
    QString output;
    const int code = validate(files, &output);
    QVERIFY2(code == 0, qPrintable(output));
    QCOMPARE(output.count(QStringLiteral(": valid")), files.size());
}

void TestSchema::validatorRejectsBrokenDocuments_data()
{
    // The validator really runs: each of these must be refused.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("newer version") << QByteArray("\"version\": 1,") << QByteArray("\"version\": 2,");
    QTest::newRow("unknown template")
        << QByteArray("\"template\": \"default\"") << QByteArray("\"template\": \"custom\"");
    QTest::newRow("extra key") << QByteArray("\"format\": \"causeway\",")
                               << QByteArray("\"format\": \"causeway\", \"colour\": 1,");
}

void TestSchema::validatorRejectsBrokenDocuments()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray bytes = serializeDocument(Document());
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    const QString path = write(QStringLiteral("broken.causeway"), bytes);
    QString output;
    QCOMPARE(validate({ path }, &output), 1);
    QVERIFY2(output.contains(QLatin1String(": invalid: ")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
