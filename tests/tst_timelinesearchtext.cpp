// SPDX-License-Identifier: GPL-3.0-or-later
// The folded search text of the timeline: matching through it gives exactly TimelineFilter's answer
// (QString::contains, case-insensitive), for ASCII and other text, and it stays right while events
// are added, changed, removed, appended and truncated, through undo and redo.
#include "document.h"
#include "timelinefilter.h"
#include "timelinesearchtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace causeway;

namespace {

TimelineEvent makeEvent(const QString &text, const QString &actor = QString(),
    const QStringList &tags = QStringList(), const QString &file = QString())
{
    TimelineEvent e;
    e.time = Instant::fromUtcMicroseconds(1776153600LL * 1000000, 0);
    e.text = text;
    e.actor = actor;
    e.tags = tags;
    e.source.file = file;
    return e;
}

/**
 * Keeps a TimelineSearchText in step with a document the way the timeline's proxy does, but from
 * the document's own signals.
 */
class Follower : public QObject
{
public:
    explicit Follower(Document *document)
        : m_document(document)
    {
        search.rebuild(*document);
        connect(document, &Document::eventAdded, this, [this](EventId id) {
            search.insertRows(*m_document, m_document->indexOf<TimelineEvent>(id), 1);
        });
        connect(document, &Document::eventAboutToBeRemoved, this,
            [this](EventId id) { m_removing = m_document->indexOf<TimelineEvent>(id); });
        connect(document, &Document::eventRemoved, this, [this] { search.removeRows(m_removing, 1); });
        connect(document, &Document::eventChanged, this, [this](EventId id) {
            search.updateRows(*m_document, m_document->indexOf<TimelineEvent>(id), 1);
        });
        connect(document, &Document::eventsAppended, this,
            [this](int first, int count) { search.insertRows(*m_document, first, count); });
        connect(document, &Document::eventsTruncated, this,
            [this](int first) { search.removeRows(first, search.size() - first); });
        connect(document, &Document::personChanged, this, [this] {
            search.updateRows(*m_document, 0, search.size(), TimelineSearchText::Changed::EventsOfPeople);
        });
    }

    TimelineSearchText search;

private:
    Document *m_document;
    int m_removing = -1;
};

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Q_DECLARE_METATYPE(causeway::TimelineSearchText::Match)

class TestTimelineSearchText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLikeTheFilter_data();
    void matchesLikeTheFilter();
    void needles_data();
    void needles();
    void followsEditsUndoAndRedo();
    void followsPeopleRenamed();
    void compactsAfterManyChanges();

private:
    /// Every event matched through \a search agrees with TimelineFilter::matches for \a texts.
    static void verifyAgainstFilter(
        const Document &document, const TimelineSearchText &search, const QStringList &texts);
};

void TestTimelineSearchText::verifyAgainstFilter(
    const Document &document, const TimelineSearchText &search, const QStringList &texts)
{
    QCOMPARE(search.size(), document.events().size());
    for (const QString &text : texts) {
        TimelineFilter filter;
        filter.text = text;
        const TimelineSearchText::Needle needle(text);
        for (int row = 0; row < document.events().size(); ++row) {
            const bool expected = filter.matches(document.events().at(row), document);
            if (filter.matches(row, document, search, needle) != expected)
                QFAIL(qPrintable(QStringLiteral("row %1 (\"%2\"), text \"%3\": expected %4")
                                     .arg(row)
                                     .arg(document.events().at(row).text, text)
                                     .arg(expected)));
        }
    }
}

void TestTimelineSearchText::matchesLikeTheFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("found");
    QTest::addColumn<TimelineSearchText::Match>("answer");

    using M = TimelineSearchText::Match;
    const QStringList none;
    QTest::newRow("text, other case")
        << S("Rollback DONE") << S("") << none << S("") << S("back done") << true << M::Yes;
    QTest::newRow("not there") << S("Rollback done") << S("") << none << S("") << S("deploy") << false
                               << M::No;
    QTest::newRow("actor") << S("paged") << S("Ana") << none << S("") << S("ANA") << true << M::Yes;
    QTest::newRow("tag") << S("paged") << S("") << QStringList { S("Pager"), S("SEV1") } << S("") << S("sev1")
                         << true << M::Yes;
    QTest::newRow("source file") << S("paged") << S("") << none << S("App.JSONL") << S(".jsonl") << true
                                 << M::Yes;
    // Each field on its own: the end of the text and the start of the actor are not one string.
    QTest::newRow("across fields") << S("foo") << S("bar") << none << S("") << S("oob") << false << M::No;
    QTest::newRow("across tags") << S("x") << S("") << QStringList { S("ab"), S("cd") } << S("") << S("bc")
                                 << false << M::No;
    QTest::newRow("digits and signs")
        << S("HTTP 500 at /v1/orders") << S("") << none << S("") << S("p 500 at /V1") << true << M::Yes;
    // Anything but ASCII in the event or in the needle is left to Qt's case folding.
    QTest::newRow("accented text") << S("Déploiement ÉCHOUÉ") << S("") << none << S("") << S("échoué") << true
                                   << M::Unknown;
    QTest::newRow("accented needle, ASCII text")
        << S("deploy failed") << S("") << none << S("") << S("é") << false << M::Unknown;
    // U+212A KELVIN SIGN folds to "k": an ASCII event can match a needle that is not ASCII.
    QTest::newRow("Kelvin sign") << S("kubectl rollout") << S("") << none << S("") << QString(QChar(0x212A))
                                 << true << M::Unknown;
    QTest::newRow("accented actor") << S("paged") << S("José") << none << S("") << S("paged") << true
                                    << M::Unknown;
}

void TestTimelineSearchText::matchesLikeTheFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, actor);
    QFETCH(QStringList, tags);
    QFETCH(QString, file);
    QFETCH(QString, needle);
    QFETCH(bool, found);
    QFETCH(TimelineSearchText::Match, answer);

    Document document;
    document.add(makeEvent(text, actor, tags, file));
    TimelineSearchText search;
    search.rebuild(document);
    QCOMPARE(search.contains(0, TimelineSearchText::Needle(needle)), answer);

    TimelineFilter filter;
    filter.text = needle;
    QCOMPARE(filter.matches(document.events().at(0), document), found);
    QCOMPARE(filter.matches(0, document, search, TimelineSearchText::Needle(needle)), found);
}

void TestTimelineSearchText::needles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("usable");
    QTest::newRow("ASCII") << S("Rollback") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("accented") << S("rollback é") << false;
    QTest::newRow("field separator") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
}

void TestTimelineSearchText::needles()
{
    QFETCH(QString, text);
    QFETCH(bool, usable);
    QCOMPARE(TimelineSearchText::Needle(text).isUsable(), usable);
}

void TestTimelineSearchText::followsEditsUndoAndRedo()
{
    static const char *const words[] = { "deploy", "Rollback", "page", "ALERT", "latency", "schéma",
        "Ärger" };
    QRandomGenerator random(11);
    const auto randomEvent = [&] {
        TimelineEvent e = makeEvent(QStringLiteral("%1 %2")
                                        .arg(QString::fromUtf8(words[random.bounded(7)]))
                                        .arg(QString::fromUtf8(words[random.bounded(7)])),
            QString::fromUtf8(words[random.bounded(7)]));
        if (random.bounded(2))
            e.tags << QString::fromUtf8(words[random.bounded(7)]);
        return e;
    };
    Document document;
    QVector<TimelineEvent> initial;
    for (int i = 0; i < 50; ++i)
        initial.append(randomEvent());
    document.appendEvents(initial, QStringLiteral("setup"));
    Follower follower(&document);
    const QStringList texts = { QStringLiteral("roll"), QStringLiteral("e"), QStringLiteral("ALERT l"),
        S("é"), S("ärger"), QStringLiteral("page") };
    verifyAgainstFilter(document, follower.search, texts);

    for (int step = 0; step < 120; ++step) {
        const QVector<TimelineEvent> &events = document.events();
        switch (random.bounded(6)) {
        case 0:
            document.add(randomEvent());
            break;
        case 1:
            if (!events.isEmpty())
                document.removeEvents({ events.at(random.bounded(int(events.size()))).id });
            break;
        case 2:
            if (!events.isEmpty()) {
                TimelineEvent e = events.at(random.bounded(int(events.size())));
                const TimelineEvent other = randomEvent();
                e.text = other.text;
                e.actor = other.actor;
                e.tags = other.tags;
                document.change(e);
                document.sealEdits();
            }
            break;
        case 3: { // an import, later undone: eventsAppended, then eventsTruncated
            QVector<TimelineEvent> imported;
            for (int i = 0, n = 1 + random.bounded(20); i < n; ++i)
                imported.append(randomEvent());
            document.appendEvents(imported, QStringLiteral("Import"));
            break;
        }
        case 4:
            document.undoStack()->undo();
            break;
        case 5:
            document.undoStack()->redo();
            break;
        }
        verifyAgainstFilter(document, follower.search, texts);
    }
}

void TestTimelineSearchText::followsPeopleRenamed()
{
    Document document;
    Person ana;
    ana.name = QStringLiteral("Ana");
    const PersonId id = document.add(ana);
    TimelineEvent e = makeEvent(QStringLiteral("paged the DBA"));
    e.person = id;
    document.add(e);
    document.add(makeEvent(QStringLiteral("alert fired"), QStringLiteral("alertmanager")));
    Follower follower(&document);
    verifyAgainstFilter(document, follower.search, { S("ana"), S("zoé") });

    Person renamed = *document.person(id);
    renamed.name = S("Zoé");
    document.change(renamed);
    verifyAgainstFilter(document, follower.search, { S("ana"), S("zoé") });
    renamed.name = QStringLiteral("Zed");
    document.sealEdits();
    document.change(renamed);
    verifyAgainstFilter(document, follower.search, { QStringLiteral("ana"), QStringLiteral("zed") });
    document.undoStack()->undo();
    document.undoStack()->undo();
    verifyAgainstFilter(document, follower.search, { QStringLiteral("ana"), QStringLiteral("zed") });
}

void TestTimelineSearchText::compactsAfterManyChanges()
{
    Document document;
    document.add(makeEvent(QStringLiteral("first")));
    document.add(makeEvent(QStringLiteral("second")));
    Follower follower(&document);
    const qint64 before = follower.search.memoryUse();
    // Each change leaves the old text behind until there is enough of it to reclaim.
    const QString filler(64 * 1024, QLatin1Char('x'));
    for (int i = 0; i < 64; ++i) {
        TimelineEvent e = document.events().at(i % 2);
        e.text = filler + QString::number(i);
        document.change(e);
        document.sealEdits();
    }
    // Without reclaiming, 64 texts of 64 KiB would be 4 MiB.
    QVERIFY(follower.search.memoryUse() < before + 3 * 1024 * 1024);
    verifyAgainstFilter(document, follower.search,
        { QStringLiteral("x62"), QStringLiteral("x63"), QStringLiteral("first"), QStringLiteral("xx") });
}

QTEST_GUILESS_MAIN(TestTimelineSearchText)
#include "tst_timelinesearchtext.moc"
