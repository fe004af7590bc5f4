// SPDX-License-Identifier: GPL-3.0-or-later
// Exports for leadership, or anonymised, show roles instead of names: no name may leak through any
// field (actors, node labels, prose, owners), and leadership gets no private notes or raw evidence.
#include "document.h"
#include "export/redaction.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace causeway;

namespace {

DocumentContent people()
{
    DocumentContent c;
    auto add = [&c](int id, const char *name, const char *role) {
        Person p;
        p.id = PersonId(id);
        p.name = QString::fromUtf8(name);
        p.role = QString::fromUtf8(role);
        c.people.append(p);
    };
    add(1, "Amara Okafor", "on-call engineer");
    add(2, "Jonas Weber", "incident commander");
    add(3, "Will Brandt", "on-call engineer");
    add(4, "Zoë Ångström", "");
    return c;
}

DocumentContent sample()
{
    QFile file(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ReadResult read = readDocument(file.readAll());
    return read.content ? *read.content : DocumentContent();
}

// Every name and name part of the sample's people (none of them is also an English word), and the speakers of
// its chat events.
QStringList namesIn(const DocumentContent &content)
{
    QStringList names;
    for (const Person &p : content.people) {
        names.append(p.name);
        names.append(p.name.split(QLatin1Char(' ')));
    }
    for (const TimelineEvent &e : content.events) {
        if (!e.person.isValid() && actorIsPerson(e))
            names.append(e.actor);
    }
    names.removeDuplicates();
    return names;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standIns();
    void redactText_data();
    void redactText();
    void chatSpeakersOutsideThePeopleList();
    void leadershipSampleLeaksNoName();
    void leadershipDropsNotesAndEvidence();
    void anonymizeKeepsRawMaterial();
    void internalIsUnchanged();
};

void TestRedaction::standIns()
{
    const NameRedactor names(people());
    QCOMPARE(names.standInFor(PersonId(1)), QStringLiteral("On-call engineer A"));
    QCOMPARE(names.standInFor(PersonId(3)), QStringLiteral("On-call engineer B"));
    QCOMPARE(names.standInFor(PersonId(2)), QStringLiteral("Incident commander"));
    QCOMPARE(names.standInFor(PersonId(4)), QStringLiteral("Participant"));
}

void TestRedaction::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full name") << "Amara Okafor paged the DBA"
                               << "On-call engineer A paged the DBA";
    QTest::newRow("any case, any spacing") << "ping AMARA   okafor"
                                           << "ping On-call engineer A";
    QTest::newRow("first name") << "Amara rolled back"
                                << "On-call engineer A rolled back";
    QTest::newRow("possessive") << "Jonas's call"
                                << "Incident commander's call";
    QTest::newRow("last name") << "asked Weber"
                               << "asked Incident commander";
    QTest::newRow("handle") << "@amara.okafor and aokafor@example.com"
                            << "@On-call engineer A and On-call engineer A@example.com";
    QTest::newRow("inside a word stays") << "Amaranth and Willow"
                                         << "Amaranth and Willow";
    QTest::newRow("a name that is a word") << "we will retry; Will did"
                                           << "we will retry; On-call engineer B did";
    QTest::newRow("non-ASCII") << "Zoë Ångström and Zoë"
                               << "Participant and Participant";
    QTest::newRow("markdown") << "**Amara**: `Jonas`"
                              << "**On-call engineer A**: `Incident commander`";
    QTest::newRow("nothing to do") << "the pool was exhausted"
                                   << "the pool was exhausted";
}

void TestRedaction::redactText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const NameRedactor names(people());
    QCOMPARE(names.redact(text), expected);
}

void TestRedaction::chatSpeakersOutsideThePeopleList()
{
    DocumentContent c = people();
    TimelineEvent chat;
    chat.actor = QStringLiteral("Priya Raman");
    chat.text = QStringLiteral("I think Priya Raman's dashboard shows it");
    chat.source.type = SourceType::Imported;
    chat.source.format = QStringLiteral("slack");
    c.events.append(chat);
    TimelineEvent system;
    system.actor = QStringLiteral("alertmanager");
    system.source.type = SourceType::Imported;
    system.source.format = QStringLiteral("alertmanager");
    c.events.append(system);

    ExportOptions options;
    options.anonymize = true;
    const DocumentContent out = redactedFor(c, options);
    // Person 4 has no role and is the one listed participant, so the unlisted speaker is B.
    QCOMPARE(out.events[0].actor, QStringLiteral("Participant B"));
    QCOMPARE(out.events[0].text, QStringLiteral("I think Participant B's dashboard shows it"));
    QCOMPARE(out.events[1].actor, QStringLiteral("alertmanager"));
}

void TestRedaction::leadershipSampleLeaksNoName()
{
    const DocumentContent content = sample();
    QVERIFY(!content.people.isEmpty());
    ExportOptions options;
    options.audience = Audience::Leadership;
    const Document redacted(redactedFor(content, options));
    const QString written = QString::fromUtf8(serializeDocument(redacted));
    for (const QString &name : namesIn(content)) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}])") + QRegularExpression::escape(name) +
                QStringLiteral("(?![\\p{L}])"),
            QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = word.match(written);
        QVERIFY2(!match.hasMatch(),
            qPrintable(QStringLiteral("\"%1\" leaks: …%2…")
                           .arg(name, written.mid(match.capturedStart() - 60, 120))));
    }
    // The roles are there instead.
    QVERIFY(written.contains(QStringLiteral("Incident commander")));
}

void TestRedaction::leadershipDropsNotesAndEvidence()
{
    DocumentContent c = sample();
    QVERIFY(!c.evidence.isEmpty());
    TimelineEvent e;
    e.note = QStringLiteral("private");
    c.events.append(e);
    CausalNode n;
    n.note = QStringLiteral("private");
    c.nodes.append(n);
    ExportOptions options;
    options.audience = Audience::Leadership;
    const DocumentContent out = redactedFor(c, options);
    QVERIFY(out.evidence.isEmpty());
    for (const TimelineEvent &event : out.events)
        QVERIFY(event.note.isEmpty());
    for (const CausalNode &node : out.nodes)
        QVERIFY(node.note.isEmpty());
    QCOMPARE(out.events.size(), c.events.size());
}

void TestRedaction::anonymizeKeepsRawMaterial()
{
    DocumentContent c = people();
    Evidence ev;
    ev.text = QStringLiteral("-- run by amara.okafor\nSELECT 1;");
    c.evidence.append(ev);
    TimelineEvent e;
    e.note = QStringLiteral("Ask Jonas");
    c.events.append(e);
    ExportOptions options;
    options.anonymize = true;
    const DocumentContent out = redactedFor(c, options);
    QCOMPARE(out.evidence.size(), 1);
    QCOMPARE(out.evidence[0].text, QStringLiteral("-- run by On-call engineer A\nSELECT 1;"));
    QCOMPARE(out.events[0].note, QStringLiteral("Ask Incident commander"));
}

void TestRedaction::internalIsUnchanged()
{
    const DocumentContent content = sample();
    const DocumentContent out = redactedFor(content, ExportOptions());
    QCOMPARE(serializeDocument(Document(out)), serializeDocument(Document(content)));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
