// SPDX-License-Identifier: GPL-3.0-or-later
// Chat text pasted into the timeline: every chat layout it reads, with the events it makes (time,
// speaker, message, line) and the lines it leaves out and why.
#include "import/chatpaste.h"
#include "instant.h"

#include <QTest>
#include <QTimeZone>

#include <initializer_list>

namespace causeway {

namespace {

/// "2026-04-14T10:02:00+02:00 line 3 <alice> text": one event, readable in a failure.
QString describe(const TimelineEvent &e)
{
    return e.time.toRfc3339() + QStringLiteral(" line ") + QString::number(e.source.line) +
        QStringLiteral(" <") + e.actor + QStringLiteral("> ") + e.text;
}

QString describe(const SkippedRecord &s)
{
    return QString::number(s.line) + QStringLiteral(": ") + s.reason;
}

QString lines(std::initializer_list<const char *> list)
{
    QStringList all;
    for (const char *line : list)
        all.append(QString::fromUtf8(line));
    return all.join(QLatin1Char('\n'));
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList all;
    for (const char *item : items)
        all.append(QString::fromUtf8(item));
    return all;
}

} // namespace

class TestChatPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestChatPaste::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // the incident's; the zone is Europe/Berlin (CEST in April)
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("skipped");

    const QDate d(2026, 4, 14);
    const QString noHeader = QStringLiteral("no time before this line");

    // Slack's copy format: a header with the speaker and the time, then the message; a later message
    // of the same speaker starts with its time alone.
    QTest::newRow("slack, one message")
        << lines({ "Alice Smith  10:02 AM", "Deploying 2026.04.14-2 now" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <Alice Smith> "
                  "Deploying 2026.04.14-2 now" })
        << QStringList();
    QTest::newRow("slack, same speaker continues")
        << lines({ "Alice Smith  10:02 AM", "Deploying now", "10:03", "Rollback started" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <Alice Smith> Deploying now",
               "2026-04-14T10:03:00+02:00 line 3 <Alice Smith> Rollback started" })
        << QStringList();
    QTest::newRow("slack, continuation with text on its line")
        << lines({ "Alice Smith  10:02 AM", "Deploying now", "10:03 AM rollback started" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <Alice Smith> Deploying now",
               "2026-04-14T10:03:00+02:00 line 3 <Alice Smith> rollback started" })
        << QStringList();
    QTest::newRow("slack, header with the time in brackets")
        << lines({ "Bob Jones [10:05]", "looking at the dashboards" }) << d
        << list({ "2026-04-14T10:05:00+02:00 line 1 <Bob Jones> looking at the dashboards" })
        << QStringList();
    QTest::newRow("slack, two speakers")
        << lines({ "Alice Smith  10:02 AM", "Deploying now", "Bob Jones  10:04 AM", "5xx are up", "10:06 PM",
               "rolling back" })
        << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <Alice Smith> Deploying now",
               "2026-04-14T10:04:00+02:00 line 3 <Bob Jones> 5xx are up",
               "2026-04-14T22:06:00+02:00 line 5 <Bob Jones> rolling back" })
        << QStringList();
    QTest::newRow("slack, 12 AM is midnight")
        << lines({ "Alice Smith  12:05 AM", "still here" }) << d
        << list({ "2026-04-14T00:05:00+02:00 line 1 <Alice Smith> still here" }) << QStringList();
    QTest::newRow("slack, 12 PM is noon")
        << lines({ "Alice Smith  12:05 PM", "lunch" }) << d
        << list({ "2026-04-14T12:05:00+02:00 line 1 <Alice Smith> lunch" }) << QStringList();

    // One line per message: a time, the speaker and the message.
    QTest::newRow("bracketed time, name and colon")
        << QStringLiteral("[10:02] alice: deploy started") << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> deploy started" }) << QStringList();
    QTest::newRow("time, name and colon")
        << QStringLiteral("10:02 bob: seeing 500s") << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <bob> seeing 500s" }) << QStringList();
    QTest::newRow("IRC") << lines({ "[10:02:13] <alice> deploy started", "[10:02:45] <bob> ack" }) << d
                         << list({ "2026-04-14T10:02:13+02:00 line 1 <alice> deploy started",
                                "2026-04-14T10:02:45+02:00 line 2 <bob> ack" })
                         << QStringList();
    QTest::newRow("full date") << QStringLiteral("2026-04-14 10:02:13 carol: paged the DBA") << d
                               << list({ "2026-04-14T10:02:13+02:00 line 1 <carol> paged the DBA" })
                               << QStringList();
    QTest::newRow("full date, another day, T")
        << QStringLiteral("2026-04-13T23:59:59 carol: still quiet") << d
        << list({ "2026-04-13T23:59:59+02:00 line 1 <carol> still quiet" }) << QStringList();
    QTest::newRow("full date, one-digit hour")
        << QStringLiteral("2026-04-14 9:02:13 carol: early") << d
        << list({ "2026-04-14T09:02:13+02:00 line 1 <carol> early" }) << QStringList();
    QTest::newRow("full date needs no incident date")
        << QStringLiteral("2026-04-14 10:02:13 carol: paged the DBA") << QDate()
        << list({ "2026-04-14T10:02:13+02:00 line 1 <carol> paged the DBA" }) << QStringList();
    QTest::newRow("12 AM") << QStringLiteral("[12:00 AM] alice: midnight") << d
                           << list({ "2026-04-14T00:00:00+02:00 line 1 <alice> midnight" }) << QStringList();
    QTest::newRow("12 PM") << QStringLiteral("[12:30 PM] alice: noon") << d
                           << list({ "2026-04-14T12:30:00+02:00 line 1 <alice> noon" }) << QStringList();
    QTest::newRow("1 PM") << QStringLiteral("1:30 PM bob: afternoon") << d
                          << list({ "2026-04-14T13:30:00+02:00 line 1 <bob> afternoon" }) << QStringList();
    QTest::newRow("11:59pm, lower case, no space")
        << QStringLiteral("[11:59pm] bob: late") << d
        << list({ "2026-04-14T23:59:00+02:00 line 1 <bob> late" }) << QStringList();
    QTest::newRow("message with colons")
        << QStringLiteral("[10:02] alice: db: error at 10:01: timeout") << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> db: error at 10:01: "
                  "timeout" })
        << QStringList();
    QTest::newRow("actor trimmed") << lines(
                                          { "[10:02]   alice smith   :   text  ", "[10:03] <  bob  > more" })
                                   << d
                                   << list({ "2026-04-14T10:02:00+02:00 line 1 <alice smith> text",
                                          "2026-04-14T10:03:00+02:00 line 2 <bob> more" })
                                   << QStringList();

    // Lines that continue a message are joined to it.
    QTest::newRow("multi-line message")
        << lines({ "[10:02] alice: first", "second line", "  third line  " }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> first\nsecond "
                  "line\nthird line" })
        << QStringList();
    QTest::newRow("blank lines in a message left out")
        << lines({ "[10:02] alice: first", "", "   ", "second", "[10:03] bob: ok" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> first\nsecond",
               "2026-04-14T10:03:00+02:00 line 5 <bob> ok" })
        << QStringList();
    QTest::newRow("Windows line ends")
        << QStringLiteral("[10:02] alice: first\r\nmore\r\n[10:03] bob: ok\r\n") << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> first\nmore",
               "2026-04-14T10:03:00+02:00 line 3 <bob> ok" })
        << QStringList();

    // What is left out, with its line.
    QTest::newRow("lines before the first time")
        << lines({ "#incidents", "Topic: orders-api", "", "[10:02] alice: deploy started" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 4 <alice> deploy started" })
        << QStringList { QStringLiteral("1: ") + noHeader, QStringLiteral("2: ") + noHeader };
    QTest::newRow("a header without a message")
        << lines({ "Alice Smith  10:02 AM", "Bob Jones  10:03 AM", "looking" }) << d
        << list({ "2026-04-14T10:03:00+02:00 line 2 <Bob Jones> looking" })
        << list({ "1: a message header without a message" });
    QTest::newRow("a header without a message at the end")
        << lines({ "[10:02] alice: deploy started", "Bob Jones  10:04 AM" }) << d
        << list({ "2026-04-14T10:02:00+02:00 line 1 <alice> deploy started" })
        << list({ "2: a message header without a message" });
    QTest::newRow("a time alone before any speaker")
        << lines({ "10:03", "hello" }) << d << QStringList()
        << QStringList { QStringLiteral("1: ") + noHeader, QStringLiteral("2: ") + noHeader };
    QTest::newRow("a time out of range is no time")
        << QStringLiteral("[25:00] alice: hello") << d << QStringList()
        << QStringList { QStringLiteral("1: ") + noHeader };
    QTest::newRow("times of day need the incident's date")
        << QStringLiteral("[10:02] alice: hello") << QDate() << QStringList()
        << QStringList { QStringLiteral("1: ") + noHeader };
    QTest::newRow("nothing") << QString() << d << QStringList() << QStringList();
    QTest::newRow("only blank lines") << QStringLiteral("\n  \n\t\n") << d << QStringList() << QStringList();
}

void TestChatPaste::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QStringList, events);
    QFETCH(QStringList, skipped);

    QuickEntryContext context;
    context.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    context.date = date;
    const ImportBatch batch = parseChatPaste(text, context);

    QStringList gotEvents;
    for (const TimelineEvent &e : batch.events) {
        gotEvents.append(describe(e));
        QVERIFY(e.time.isValid());
        QVERIFY(e.kind == EventKind::Communication);
        QVERIFY(e.source.type == SourceType::Pasted);
        QVERIFY(!e.person.isValid());
        QCOMPARE(e.actor, e.actor.trimmed());
        QCOMPARE(e.text, e.text.trimmed());
    }
    QStringList gotSkipped;
    for (const SkippedRecord &s : batch.skipped) {
        gotSkipped.append(describe(s));
        QCOMPARE(s.file, QStringLiteral("pasted text"));
    }
    QCOMPARE(gotEvents, events);
    QCOMPARE(gotSkipped, skipped);
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestChatPaste)
#include "tst_chatpaste.moc"
