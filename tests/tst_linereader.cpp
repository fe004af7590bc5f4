// SPDX-License-Identifier: GPL-3.0-or-later
// The line reader under every line-based importer: line ends, the byte-order mark, empty lines and
// lines too long to hold, each with the line number an importer reports.
#include "import/linereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace causeway {

namespace {

/// One line as the reader returned it.
struct ReadLine
{
    qint64 number = 0;
    QByteArray text;
    bool overlong = false;
};

QVector<ReadLine> readAll(QIODevice *device, qint64 *bytesRead = nullptr)
{
    LineReader reader(device);
    QVector<ReadLine> lines;
    QByteArray line;
    while (reader.next(&line))
        lines.append({ reader.lineNumber(), line, reader.overlong() });
    if (bytesRead)
        *bytesRead = reader.bytesRead();
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void overlongLineIsSkipped_data();
    void overlongLineIsSkipped();

private:
    QTemporaryDir m_dir;
};

void TestLineReader::lines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<QByteArray>>("expected"); // line i+1 is expected[i]

    using L = QList<QByteArray>;
    QTest::newRow("empty file") << QByteArray() << L {};
    QTest::newRow("LF") << QByteArray("orders-api\norders-db\n") << L { "orders-api", "orders-db" };
    QTest::newRow("CRLF") << QByteArray("orders-api\r\norders-db\r\n") << L { "orders-api", "orders-db" };
    QTest::newRow("LF and CRLF mixed") << QByteArray("a\r\nb\nc\r\n") << L { "a", "b", "c" };
    QTest::newRow("last line without newline")
        << QByteArray("a\nmigration 0147") << L { "a", "migration 0147" };
    QTest::newRow("last line CRLF-less CR") << QByteArray("a\nb\r") << L { "a", "b" };
    QTest::newRow("empty lines keep their numbers") << QByteArray("a\n\n\r\nb\n") << L { "a", "", "", "b" };
    QTest::newRow("only a newline") << QByteArray("\n") << L { "" };
    QTest::newRow("CR inside a line is kept") << QByteArray("a\rb\n") << L { "a\rb" };
    QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                               "datetime,message\nx\n")
                                 << L { "datetime,message", "x" };
    QTest::newRow("BOM alone") << QByteArray("\xEF\xBB\xBF") << L { "" };
    QTest::newRow("BOM kept after line 1") << QByteArray("a\n\xEF\xBB\xBF"
                                                         "b\n")
                                           << L { "a",
                                                  "\xEF\xBB\xBF"
                                                  "b" };
    QTest::newRow("UTF-8 untouched") << QByteArray("Fernández\n") << L { "Fernández" };
    QTest::newRow("NUL bytes kept") << QByteArray("a\0b\n", 4) << L { QByteArray("a\0b", 3) };
    // The reader takes the device in chunks of 256 KiB: lines and line ends across their borders.
    const QByteArray chunk(256 * 1024, 'x');
    QTest::newRow("CR and LF in two chunks") << chunk.left(chunk.size() - 1) + "\r\nb\n"
                                             << L { chunk.left(chunk.size() - 1), "b" };
    QTest::newRow("LF first in a chunk") << chunk + "\nb" << L { chunk, "b" };
    QTest::newRow("lines across chunks") << "a\n" + chunk + chunk + "\n\nc\n"
                                         << L { "a", chunk + chunk, "", "c" };
}

void TestLineReader::lines()
{
    QFETCH(QByteArray, content);
    QFETCH(QList<QByteArray>, expected);

    const QString path = m_dir.filePath(QStringLiteral("lines.txt"));
    QVERIFY(writeFile(path, content));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 bytesRead = 0;
    const QVector<ReadLine> lines = readAll(&file, &bytesRead);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines[i].number, qint64(i + 1));
        QCOMPARE(lines[i].text, expected[i]);
        QVERIFY(!lines[i].overlong);
    }
    QCOMPARE(bytesRead, qint64(content.size()));
}

void TestLineReader::overlongLineIsSkipped_data()
{
    QTest::addColumn<qint64>("length"); // of line 2, without its terminator
    QTest::addColumn<QByteArray>("terminator");
    QTest::addColumn<bool>("overlong");

    QTest::newRow("the limit exactly, LF") << LineReader::MaxLineLength << QByteArray("\n") << false;
    QTest::newRow("the limit exactly, CRLF") << LineReader::MaxLineLength << QByteArray("\r\n") << false;
    QTest::newRow("one byte over, LF") << LineReader::MaxLineLength + 1 << QByteArray("\n") << true;
    QTest::newRow("one byte over, CRLF") << LineReader::MaxLineLength + 1 << QByteArray("\r\n") << true;
    QTest::newRow("3 MiB over, LF") << LineReader::MaxLineLength + (3 << 20) << QByteArray("\n") << true;
}

void TestLineReader::overlongLineIsSkipped()
{
    QFETCH(qint64, length);
    QFETCH(QByteArray, terminator);
    QFETCH(bool, overlong);

    // Written once per row; a few seconds at most, and the only way to test the real limit.
    const QString path = m_dir.filePath(QStringLiteral("long.log"));
    QByteArray content = "2026-04-14T10:02:13Z first" + terminator;
    content += QByteArray(int(length), 'x') + terminator;
    content += "2026-04-14T10:02:14Z third" + terminator + "last";
    QVERIFY(writeFile(path, content));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 bytesRead = 0;
    const QVector<ReadLine> lines = readAll(&file, &bytesRead);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].number, qint64(1));
    QCOMPARE(lines[0].text, QByteArray("2026-04-14T10:02:13Z first"));
    QCOMPARE(lines[1].number, qint64(2));
    QCOMPARE(lines[1].overlong, overlong);
    QCOMPARE(qint64(lines[1].text.size()), overlong ? qint64(0) : length);
    QCOMPARE(lines[2].number, qint64(3));
    QCOMPARE(lines[2].text, QByteArray("2026-04-14T10:02:14Z third"));
    QVERIFY(!lines[2].overlong);
    QCOMPARE(lines[3].number, qint64(4));
    QCOMPARE(lines[3].text, QByteArray("last"));
    QCOMPARE(bytesRead, qint64(content.size()));
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestLineReader)
#include "tst_linereader.moc"
