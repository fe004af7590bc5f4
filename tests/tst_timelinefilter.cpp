// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline filter on the bundled sample: which events each condition keeps, alone and together.
// Expected ids were worked out from the sample's JSON outside Qt.
#include "document.h"
#include "enumnames.h"
#include "format/documentfile.h"
#include "timelinefilter.h"

#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(causeway::TimelineFilter)

namespace causeway {

namespace {

/// Ids 1 to n.
QList<int> upTo(int n)
{
    QList<int> ids;
    for (int i = 1; i <= n; ++i)
        ids.append(i);
    return ids;
}

QList<int> range(int first, int last)
{
    QList<int> ids;
    for (int i = first; i <= last; ++i)
        ids.append(i);
    return ids;
}

/// An RFC 3339 bound; empty: no bound.
Instant bound(const QString &text)
{
    if (text.isEmpty())
        return {};
    const Instant instant = Instant::parseRfc3339(text);
    Q_ASSERT_X(instant.isValid(), "bound", qPrintable(text));
    return instant;
}

} // namespace

class TestTimelineFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void isEmpty_data();
    void isEmpty();

private:
    std::unique_ptr<Document> m_sample;
};

void TestTimelineFilter::initTestCase()
{
    const QString path = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!path.isEmpty());
    LoadResult loaded = loadDocument(path);
    QVERIFY(loaded.document);
    m_sample = std::move(loaded.document);
    QCOMPARE(m_sample->events().size(), 28);
}

void TestTimelineFilter::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind"); // as in the file; empty: any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("from"); // RFC 3339; empty: no bound
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<int>>("ids");

    const QString none;
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    QTest::newRow("empty filter") << none << none << none << none << none << none << upTo(28);

    // Text: in the text, the actor's name (a person's or a system's), the source file and the tags.
    QTest::newRow("text in the text")
        << s("rollback") << none << none << none << none << none << QList<int> { 20, 21, 22 };
    QTest::newRow("text, upper case")
        << s("ROLLBACK") << none << none << none << none << none << QList<int> { 20, 21, 22 };
    QTest::newRow("text in texts and tags") << s("migration") << none << none << none << none << none
                                            << QList<int> { 1, 2, 3, 6, 7, 8, 9, 10, 11, 19, 20, 25, 26 };
    QTest::newRow("text, mixed case") << s("MiGrAtIoN") << none << none << none << none << none
                                      << QList<int> { 1, 2, 3, 6, 7, 8, 9, 10, 11, 19, 20, 25, 26 };
    QTest::newRow("text, a person's name")
        << s("priya") << none << none << none << none << none << QList<int> { 19, 24, 25 };
    QTest::newRow("text, a person's name with an accent, upper case")
        << s("FERNÁNDEZ") << none << none << none << none << none << QList<int> { 6, 21, 26 };
    QTest::newRow("text, a system actor")
        << s("grafana") << none << none << none << none << none << QList<int> { 4, 5 };
    QTest::newRow("text, a source file")
        << s("prod-deploy-5534") << none << none << none << none << none << QList<int> { 7, 8, 9, 10 };
    QTest::newRow("text, part of source files")
        << s(".JSON") << none << none << none << none << none << QList<int> { 4, 12, 16 };
    QTest::newRow("text, only in tags")
        << s("http-500") << none << none << none << none << none << QList<int> { 13, 16 };
    QTest::newRow("text, part of a tag")
        << s("previous-inc") << none << none << none << none << none << QList<int> { 1 };
    QTest::newRow("text, not in notes") << s("tmux") << none << none << none << none << none << QList<int> {};
    QTest::newRow("text, nowhere") << s("no such thing") << none << none << none << none << none
                                   << QList<int> {};

    // Kind.
    QTest::newRow("kind alert") << none << s("alert") << none << none << none << none << QList<int> { 4, 16 };
    QTest::newRow("kind action") << none << s("action") << none << none << none << none
                                 << QList<int> { 8, 9, 17, 24, 25 };
    QTest::newRow("kind communication")
        << none << s("communication") << none << none << none << none << QList<int> { 14, 15, 23 };
    QTest::newRow("kind deploy") << none << s("deploy") << none << none << none << none
                                 << QList<int> { 2, 7, 10, 12, 21, 26 };
    QTest::newRow("kind observation")
        << none << s("observation") << none << none << none << none << QList<int> { 3, 5, 11, 13, 19 };
    QTest::newRow("kind decision") << none << s("decision") << none << none << none << none
                                   << QList<int> { 6, 18, 20 };
    QTest::newRow("kind milestone") << none << s("milestone") << none << none << none << none
                                    << QList<int> { 1, 22, 27, 28 };

    // Tag: exact, case-insensitive.
    QTest::newRow("tag") << none << none << s("migration") << none << none << none
                         << QList<int> { 2, 3, 7, 8, 9, 11, 25 };
    QTest::newRow("tag, upper case") << none << none << s("MIGRATION") << none << none << none
                                     << QList<int> { 2, 3, 7, 8, 9, 11, 25 };
    QTest::newRow("tag, a part is not enough")
        << none << none << s("migr") << none << none << none << QList<int> {};
    QTest::newRow("tag with a dash") << none << none << s("http-500") << none << none << none
                                     << QList<int> { 13, 16 };
    QTest::newRow("tag database") << none << none << s("database") << none << none << none
                                  << QList<int> { 4, 5, 11, 19, 24, 25 };

    // Actor: part of the name, a person's or a system's; never the text.
    QTest::newRow("actor, part of a first name")
        << none << none << none << s("amara") << none << none << QList<int> { 17 };
    QTest::newRow("actor, a last name, upper case")
        << none << none << none << s("WEBER") << none << none << QList<int> { 18, 20, 27 };
    QTest::newRow("actor, with an accent")
        << none << none << none << s("léa") << none << none << QList<int> { 14, 15 };
    QTest::newRow("actor, part of a system")
        << none << none << none << s("pipeline") << none << none << QList<int> { 2, 7, 10 };
    QTest::newRow("actor, a whole system name")
        << none << none << none << s("migration runner") << none << none << QList<int> { 8, 9 };
    QTest::newRow("actor, systems only")
        << none << none << none << s("orders") << none << none << QList<int> { 11, 13 };
    QTest::newRow("actor, not the text")
        << none << none << none << s("rollback") << none << none << QList<int> {};

    // Time range: both bounds inclusive, compared as moments whatever their offsets.
    QTest::newRow("from, inclusive") << none << none << none << none << s("2026-04-14T10:12:31.904+02:00")
                                     << none << range(12, 28);
    QTest::newRow("from, a microsecond later")
        << none << none << none << none << s("2026-04-14T10:12:31.904001+02:00") << none << range(13, 28);
    QTest::newRow("to, inclusive") << none << none << none << none << none << s("2026-04-14T08:12:13.420Z")
                                   << upTo(10);
    QTest::newRow("to, a microsecond earlier")
        << none << none << none << none << none << s("2026-04-14T08:12:13.419999Z") << upTo(9);
    QTest::newRow("from and to, inclusive")
        << none << none << none << none << s("2026-04-14T10:12:31.904+02:00")
        << s("2026-04-14T11:58:02+02:00") << range(12, 27);
    QTest::newRow("from and to in other offsets")
        << none << none << none << none << s("2026-04-14T08:12:31.904Z") << s("2026-04-14T04:58:02-05:00")
        << range(12, 27);
    QTest::newRow("from and to the same moment")
        << none << none << none << none << s("2026-04-14T08:12:13.981734Z")
        << s("2026-04-14T10:12:13.981734+02:00") << QList<int> { 11 };
    QTest::newRow("from after to") << none << none << none << none << s("2026-04-14T12:00:00Z")
                                   << s("2026-04-14T10:00:00Z") << QList<int> {};

    // Together: every condition must hold.
    QTest::newRow("kind and text") << s("migration") << s("deploy") << none << none << none << none
                                   << QList<int> { 2, 7, 10, 26 };
    QTest::newRow("tag and actor") << none << none << s("database") << s("priya") << none << none
                                   << QList<int> { 19, 24, 25 };
    QTest::newRow("kind and time range")
        << none << s("decision") << none << none << s("2026-04-14T10:00:00+02:00")
        << s("2026-04-14T11:00:00+02:00") << QList<int> { 18, 20 };
    QTest::newRow("text and tag") << s("pipeline") << none << s("deploy") << none << none << none
                                  << QList<int> { 7, 10 };
    QTest::newRow("everything") << s("rollback") << s("deploy") << s("rollback") << s("mateo")
                                << s("2026-04-14T10:00:00+02:00") << s("2026-04-14T11:00:00+02:00")
                                << QList<int> { 21 };
    QTest::newRow("conditions that exclude each other")
        << none << s("alert") << none << s("priya") << none << none << QList<int> {};
}

void TestTimelineFilter::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, tag);
    QFETCH(QString, actor);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<int>, ids);

    TimelineFilter filter;
    filter.text = text;
    if (!kind.isEmpty()) {
        filter.kind = enumFromName<EventKind>(kind);
        QVERIFY(filter.kind);
    }
    filter.tag = tag;
    filter.actor = actor;
    filter.from = bound(from);
    filter.to = bound(to);

    QList<int> matched;
    for (const TimelineEvent &e : m_sample->events()) {
        if (filter.matches(e, *m_sample))
            matched.append(int(e.id.value));
    }
    QCOMPARE(matched.size(), ids.size());
    QCOMPARE(matched, ids);
}

void TestTimelineFilter::isEmpty_data()
{
    QTest::addColumn<TimelineFilter>("filter");
    QTest::addColumn<bool>("empty");

    QTest::newRow("nothing set") << TimelineFilter() << true;
    TimelineFilter f;
    f.text = QStringLiteral("x");
    QTest::newRow("text") << f << false;
    f = {};
    f.text = QStringLiteral(" ");
    QTest::newRow("a space") << f << false;
    f = {};
    f.kind = EventKind::Alert; // the first kind: set, though its value is 0
    QTest::newRow("kind") << f << false;
    f = {};
    f.tag = QStringLiteral("x");
    QTest::newRow("tag") << f << false;
    f = {};
    f.actor = QStringLiteral("x");
    QTest::newRow("actor") << f << false;
    f = {};
    f.from = Instant::fromUtcMicroseconds(0);
    QTest::newRow("from, at the epoch") << f << false;
    f = {};
    f.to = Instant::fromUtcMicroseconds(0);
    QTest::newRow("to, at the epoch") << f << false;
    f = {};
    f.text = QString(); // set to empty again
    f.tag = QStringLiteral("");
    QTest::newRow("empty strings") << f << true;
}

void TestTimelineFilter::isEmpty()
{
    QFETCH(TimelineFilter, filter);
    QFETCH(bool, empty);

    QCOMPARE(filter.isEmpty(), empty);
    if (empty) {
        // An empty filter keeps every event.
        for (const TimelineEvent &e : m_sample->events())
            QVERIFY(filter.matches(e, *m_sample));
    }
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestTimelineFilter)
#include "tst_timelinefilter.moc"
