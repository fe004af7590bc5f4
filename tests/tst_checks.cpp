// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis checks: blame language on real prose (table-driven), each structural check on a
// small document that has the problem and on the same document with it fixed, the findings of
// the bundled sample, and the errors of broken rule files.
#include "checks/analysis.h"
#include "checks/checkids.h"
#include "checks/languagecheck.h"
#include "document.h"
#include "enumnames.h"
#include "format/documentfile.h"

#include <QtTest>

#include <functional>

using namespace causeway;

/// How a structural case breaks the sound document (Qt 5 needs the type declared for test data).
using DocumentEdit = std::function<void(causeway::DocumentContent &)>;
Q_DECLARE_METATYPE(DocumentEdit)

namespace {

const QDate Today(2026, 5, 1);

QString checkId(const char *id)
{
    return QLatin1String(id);
}

/// A document in which every structural check passes: the base the structural cases break.
DocumentContent sound()
{
    DocumentContent c;
    c.incident.title = QStringLiteral("orders-api errors");
    c.incident.zone = QStringLiteral("Europe/Berlin");
    c.incident.impact.customers = 10;
    c.incident.started = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:00:00Z"));
    c.incident.detected = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:10:00Z"));
    c.incident.mitigated = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:20:00Z"));
    c.incident.resolved = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:30:00Z"));
    c.people = {
        Person { PersonId(1), QStringLiteral("Amara Okafor"), QStringLiteral("on-call engineer"), QString() },
        Person { PersonId(2), QStringLiteral("Jonas Weber"), QStringLiteral("incident commander"), QString() }
    };
    TimelineEvent e;
    e.id = EventId(1);
    e.time = c.incident.started;
    e.text = QStringLiteral("Deploy started");
    c.events = { e };
    auto node = [](quint64 id, NodeType type, const char *label) {
        CausalNode n;
        n.id = NodeId(id);
        n.type = type;
        n.label = QString::fromUtf8(label);
        n.evidenceEvents = { EventId(1) };
        if (type == NodeType::Defence)
            n.defenceState = DefenceState::Absent;
        return n;
    };
    c.nodes = { node(1, NodeType::Outcome, "Customers saw HTTP 500 errors"),
        node(2, NodeType::Condition, "Schema was partially migrated"),
        node(3, NodeType::Trigger, "Migration ran inside the deploy step"),
        node(4, NodeType::Condition, "No tooling to estimate migration duration"),
        node(5, NodeType::WarningSign, "Staging run took 27 seconds on 1 % of the rows"),
        node(6, NodeType::Defence, "Canary rollout") };
    c.nodes[3].rootCause = true;
    auto link = [](quint64 id, quint64 from, quint64 to, bool why) {
        CausalLink l;
        l.id = LinkId(id);
        l.from = NodeId(from);
        l.to = NodeId(to);
        l.why = why;
        return l;
    };
    c.links = { link(1, 2, 1, true), link(2, 3, 2, true), link(3, 4, 3, true), link(4, 5, 4, false),
        link(5, 6, 1, false) };
    CorrectiveAction a;
    a.id = ActionId(1);
    a.title = QStringLiteral("Estimate migration duration in the pipeline");
    a.owner = PersonId(1);
    a.due = QDate(2026, 6, 1);
    a.addresses = { NodeId(2), NodeId(4), NodeId(5), NodeId(6) };
    c.actions = { a };
    DifferentEngineerAnswer answer;
    answer.id = AnswerId(1);
    answer.node = NodeId(3);
    answer.answer = EngineerAnswer::No;
    answer.actions = { ActionId(1) };
    c.answers = { answer };
    return c;
}

Findings findingsOf(const DocumentContent &content)
{
    const Document d(content);
    CheckOptions options;
    options.today = Today;
    return runChecks(d, options);
}

QStringList idsOf(const Findings &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.checkId;
    return ids;
}

/// The language findings of one sentence written in the summary of the sound document.
Findings languageFindings(const QString &sentence)
{
    DocumentContent c = sound();
    c.sections.insert(QStringLiteral("summary"), sentence);
    Findings result;
    for (const Finding &f : findingsOf(c)) {
        if (f.place.entity == EntityRef::section(QStringLiteral("summary")))
            result.append(f);
    }
    return result;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blameLanguage_data();
    void blameLanguage();
    void rewriteMovesFromPersonToSystem();
    void germanRules();
    void soundDocumentHasNoFindings();
    void structuralCheck_data();
    void structuralCheck();
    void vagueActionsOnlyWithoutTooling();
    void namesInCausesAndWhys();
    void acknowledgedFindingsAreMarked();
    void sampleFindings();
    void proseFieldsLeaveTheTimelineOut();
    void ruleFileErrors_data();
    void ruleFileErrors();
};

void TestChecks::blameLanguage_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("check"); // empty: nothing may be flagged
    QTest::addColumn<QString>("excerpt");

    const QString language = checkId(checks::BlameLanguage);
    const QString person = checkId(checks::PersonAsCause);
    auto flagged = [](const char *row, const char *sentence, const QString &check, const char *excerpt) {
        QTest::newRow(row) << QString::fromUtf8(sentence) << check << QString::fromUtf8(excerpt);
    };
    auto clean = [](const char *row, const char *sentence) {
        QTest::newRow(row) << QString::fromUtf8(sentence) << QString() << QString();
    };
    // Phrases and inflections
    flagged("human error", "Root cause: human error during the deploy.", language, "human error");
    flagged("engineer error", "The post-mortem said engineer error.", language, "engineer error");
    flagged("operator error", "Classic operator error.", language, "operator error");
    flagged("forgot", "The engineer forgot to run the migration check.", person, "engineer forgot to");
    flagged("forgets", "Somebody always forgets the flag.", language, "forgets");
    flagged("forgetting", "Forgetting the flag took the site down.", language, "Forgetting");
    flagged("careless", "It was a careless change.", language, "careless");
    flagged("carelessness", "Carelessness in review let it through.", language, "Carelessness");
    flagged("negligent", "The rollout was negligent.", language, "negligent");
    flagged("didn't bother", "They didn't bother to test on production data.", language, "didn't bother");
    flagged("didn’t bother (typographic)", "They didn’t bother to test it.", language, "didn’t bother");
    flagged("should have (person)", "The engineer should have checked the duration.", person,
        "engineer should have");
    flagged(
        "failed to (person)", "The reviewer failed to notice the backfill.", person, "reviewer failed to");
    flagged("X broke prod", "Amara broke prod on Tuesday.", person, "Amara broke prod");
    flagged("name forgot", "Jonas forgot to page the DBA.", person, "Jonas forgot to");
    flagged("full name forgot", "Amara Okafor forgot the flag.", person, "Amara Okafor forgot");
    flagged("name's mistake", "It was Jonas's mistake.", person, "Jonas's mistake");
    flagged("name made a mistake", "Amara made a mistake in the config.", person, "Amara made a mistake");
    flagged("to blame", "The deployer was to blame.", language, "was to blame");
    flagged("upper case", "ROOT CAUSE: HUMAN ERROR.", language, "HUMAN ERROR");
    flagged("not careful enough", "The review was not careful enough.", language, "not careful enough");
    flagged("after a quote", "The log said \"timeout\" and the engineer forgot the flag.", person,
        "engineer forgot");
    // Word boundaries
    clean("forgotten is not forgot", "A forgotten cron job kept running.");
    clean("forgotstuff", "The forgotstuff table holds retries.");
    clean("unforgettable", "An unforgettable outage.");
    clean("careless inside a word", "The carelessly_named flag is documented.");
    // Systems that fail, error rates, labels
    clean("system failed to", "The health check failed to detect the partial failure.");
    clean("deploy failed", "The deploy failed after 10 minutes.");
    clean("error rate", "The 5xx error rate rose to 17 % of requests.");
    clean("errors", "Customers received HTTP 500 errors on order history.");
    clean("system should have", "The pipeline should have blocked the deploy.");
    clean("system broke", "The migration broke the schema for readers.");
    clean("mistake without a person", "The same mistake by someone else would not be caught today.");
    // Quotes and code
    clean("straight quotes", "The old post-mortem said \"engineer error\" and stopped there.");
    clean("typographic quotes", "Its root cause read “human error — the engineer forgot”.");
    clean("code span", "The flag `forgot_to_run` is set by the pipeline.");
    clean("code block", "Output:\n```\nERROR: operator error, careless input\n```\nThe step stopped.");
    // Negations
    clean("was not careless", "The engineer was not careless: the checklist asked the wrong question.");
    clean("no one was to blame", "No one was to blame; the pipeline allowed it.");
    clean("not human error", "This was not human error but a missing check.");
    clean("never forgot", "The on-call engineer never forgot a step; the step did not exist.");
    // Names used blamelessly, and words that look like names
    clean("name acknowledged", "Amara acknowledged the page at 10:27.");
    clean("lower-case first name", "We will jonas the flag.");
    clean("role", "The on-call engineer acknowledged the page.");
    clean("clause break", "Amara was paged. Forgot-me-not is a flower.");
}

void TestChecks::blameLanguage()
{
    QFETCH(QString, sentence);
    QFETCH(QString, check);
    QFETCH(QString, excerpt);
    const Findings found = languageFindings(sentence);
    if (check.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).message));
        return;
    }
    QCOMPARE(found.size(), 1);
    const Finding &f = found.first();
    QCOMPARE(f.checkId, check);
    QCOMPARE(f.excerpt, excerpt);
    QCOMPARE(sentence.mid(f.place.start, f.place.length), excerpt);
    QCOMPARE(f.place.field, QStringLiteral("text"));
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.suggestion.isEmpty());
}

void TestChecks::rewriteMovesFromPersonToSystem()
{
    const Findings found =
        languageFindings(QStringLiteral("The engineer forgot to run the migration check."));
    QCOMPARE(found.size(), 1);
    QCOMPARE(
        found.first().suggestion, QStringLiteral("the migration check was not enforced by the pipeline"));
}

void TestChecks::germanRules()
{
    Findings found = languageFindings(QStringLiteral("Ursache war menschliches Versagen beim Deploy."));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().ruleId, QStringLiteral("de-menschliches-versagen"));
    QCOMPARE(found.first().excerpt, QStringLiteral("menschliches Versagen"));
    QVERIFY(languageFindings(QStringLiteral("Das war nicht nachlässig.")).isEmpty());
    QVERIFY(languageFindings(QStringLiteral("Im Bericht stand „menschliches Versagen“.")).isEmpty());
}

void TestChecks::soundDocumentHasNoFindings()
{
    const Findings found = findingsOf(sound());
    QVERIFY2(found.isEmpty(), qPrintable(idsOf(found).join(QLatin1Char(' '))));
}

void TestChecks::structuralCheck_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<DocumentEdit>("breakIt");
    QTest::addColumn<QString>("entity"); // "kind:id" of the place

    auto row = [](const char *check, const char *entity, DocumentEdit edit) {
        QTest::newRow(check) << QString::fromLatin1(check) << edit << QString::fromLatin1(entity);
    };
    row(checks::ActionNoOwner, "action:1", [](DocumentContent &c) { c.actions[0].owner = PersonId(); });
    row(checks::ActionNoDue, "action:1", [](DocumentContent &c) { c.actions[0].due = QDate(); });
    row(checks::ActionOverdue, "action:1", [](DocumentContent &c) { c.actions[0].due = QDate(2026, 4, 30); });
    row(checks::ActionNoCause, "action:1", [](DocumentContent &c) {
        c.actions.append(c.actions[0]);
        c.actions[1].id = ActionId(2);
        c.actions[0].addresses.clear();
    });
    row(checks::NodeNoAction, "node:2",
        [](DocumentContent &c) { c.actions[0].addresses.removeAll(NodeId(2)); });
    row(checks::NodeNoEvidence, "node:3", [](DocumentContent &c) { c.nodes[2].evidenceEvents.clear(); });
    row(checks::WhysEndsAtPerson, "node:4",
        [](DocumentContent &c) { c.nodes[3].label = QStringLiteral("Engineer error"); });
    row(checks::WhysEndsAtAction, "node:3", [](DocumentContent &c) {
        c.links.removeAt(2); // the chain now ends at the trigger
        c.nodes[2].rootCause = true;
    });
    row(checks::WhysTooShort, "node:3", [](DocumentContent &c) { c.links.removeAt(2); });
    row(checks::WhysMissing, "document:0", [](DocumentContent &c) {
        for (CausalLink &l : c.links)
            l.why = false;
    });
    row(checks::DiagramCycle, "node:1", [](DocumentContent &c) {
        CausalLink back;
        back.id = LinkId(9);
        back.from = NodeId(1);
        back.to = NodeId(2);
        c.links.append(back);
    });
    row(checks::TriggerMissing, "document:0", [](DocumentContent &c) {
        c.nodes[2].type = NodeType::Condition;
        c.answers.clear();
    });
    row(checks::WarningSignsNone, "document:0",
        [](DocumentContent &c) { c.nodes[4].type = NodeType::Condition; });
    row(checks::DifferentEngineerUnanswered, "node:3", [](DocumentContent &c) { c.answers.clear(); });
    row(checks::DifferentEngineerNoAction, "answer:1",
        [](DocumentContent &c) { c.answers[0].actions.clear(); });
    row(checks::TimelineMissingMilestone, "incident:0",
        [](DocumentContent &c) { c.incident.mitigated = Instant(); });
    row(checks::TimelineNoZone, "incident:0", [](DocumentContent &c) { c.incident.zone.clear(); });
    row(checks::ImpactNoNumbers, "incident:0",
        [](DocumentContent &c) { c.incident.impact.customers.reset(); });
}

void TestChecks::structuralCheck()
{
    QFETCH(QString, check);
    QFETCH(DocumentEdit, breakIt);
    QFETCH(QString, entity);

    DocumentContent broken = sound();
    breakIt(broken);
    const Findings found = findingsOf(broken);
    const auto it =
        std::find_if(found.begin(), found.end(), [&](const Finding &f) { return f.checkId == check; });
    QVERIFY2(it != found.end(),
        qPrintable(QStringLiteral("not found among: ") + idsOf(found).join(QLatin1Char(' '))));
    const QString kind = enumName(it->place.entity.kind);
    QCOMPARE(QStringLiteral("%1:%2").arg(kind).arg(it->place.entity.id), entity);
    QVERIFY(!it->message.isEmpty());
    QVERIFY(!it->suggestion.isEmpty());
    // Exactly once: each problem is one finding.
    QCOMPARE(idsOf(found).count(check), 1);
    // ... and the fixed document (the sound one) does not have it.
    QVERIFY(!idsOf(findingsOf(sound())).contains(check));
}

void TestChecks::vagueActionsOnlyWithoutTooling()
{
    DocumentContent c = sound();
    c.actions[0].title = QStringLiteral("Remind the team to double-check migrations");
    c.actions[0].nature = ActionNature::Process;
    Findings found = findingsOf(c);
    QCOMPARE(idsOf(found), (QStringList { checkId(checks::VagueAction), checkId(checks::VagueAction) }));
    QCOMPARE(found.at(0).excerpt, QStringLiteral("Remind the team"));
    QCOMPARE(found.at(1).excerpt, QStringLiteral("double-check"));
    QCOMPARE(found.first().place.field, QStringLiteral("title"));
    // The same words with tooling behind them are a reminder of a real change.
    c.actions[0].nature = ActionNature::Tooling;
    QVERIFY(findingsOf(c).isEmpty());
    // "Be more careful" in a section is not an action: only actions are checked for vagueness.
    c.sections.insert(
        QStringLiteral("lessons"), QStringLiteral("We could be more careful, but that is no fix."));
    QVERIFY(findingsOf(c).isEmpty());
}

void TestChecks::namesInCausesAndWhys()
{
    DocumentContent c = sound();
    c.nodes[1].description = QStringLiteral("Amara ran the migration by hand.");
    c.links[0].note = QStringLiteral("Why? Because Jonas Weber approved it.");
    c.nodes[0].description = QStringLiteral("Amara saw the errors first."); // outcome: not a cause
    c.sections.insert(QStringLiteral("summary"), QStringLiteral("Amara acknowledged the page."));
    const Findings found = findingsOf(c);
    QCOMPARE(idsOf(found), (QStringList { checkId(checks::PersonAsCause), checkId(checks::PersonAsCause) }));
    QCOMPARE(found.at(0).place.entity, EntityRef::of(EntityKind::Node, NodeId(2)));
    QCOMPARE(found.at(0).excerpt, QStringLiteral("Amara"));
    QCOMPARE(found.at(1).place.entity, EntityRef::of(EntityKind::Link, LinkId(1)));
    QCOMPARE(found.at(1).excerpt, QStringLiteral("Jonas Weber"));
}

void TestChecks::acknowledgedFindingsAreMarked()
{
    DocumentContent c = sound();
    c.actions[0].owner = PersonId();
    c.acknowledgements.append(
        { checkId(checks::ActionNoOwner), EntityRef::of(EntityKind::Action, ActionId(1)),
            QStringLiteral("owner"), QStringLiteral("The platform team assigns it on Monday") });
    const Findings found = findingsOf(c);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().acknowledged);
    QCOMPARE(found.first().acknowledgementReason, QStringLiteral("The platform team assigns it on Monday"));
}

void TestChecks::sampleFindings()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    CheckOptions options;
    options.today = QDate(2026, 4, 20); // a few days after the review meeting
    const Findings found = runChecks(*loaded.document, options);
    // The sample is a good post-mortem: no language finding, no open error; only actions to follow up.
    for (const Finding &f : found) {
        QVERIFY2(f.severity != FindingSeverity::Error, qPrintable(f.checkId + QLatin1Char(' ') + f.message));
        QVERIFY2(!f.checkId.startsWith(QLatin1String("blame.")), qPrintable(f.message));
    }
    QVERIFY(found.isEmpty());
    // Months later, the open actions are overdue: one finding each, and nothing else.
    options.today = QDate(2026, 11, 30);
    const Findings later = runChecks(*loaded.document, options);
    QCOMPARE(idsOf(later).count(checkId(checks::ActionOverdue)), 6);
    QCOMPARE(later.size(), 6);
}

void TestChecks::proseFieldsLeaveTheTimelineOut()
{
    DocumentContent c = sound();
    c.events[0].text = QStringLiteral("Root cause: human error, the engineer forgot the flag");
    QVERIFY(findingsOf(c).isEmpty());
}

void TestChecks::ruleFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray valid =
        R"({"language":"xx","negations":["not"],"personWords":["engineer"],)"
        R"("inflections":{"go":["go","went"]},"rules":[{"id":"a","check":"blame.language",)"
        R"("severity":"warning","phrases":["{go} wrong"],"message":"m","suggestion":"s"}]})";
    QTest::newRow("valid") << valid << QString();
    QTest::newRow("syntax") << QByteArray(R"({"language": )")
                            << QStringLiteral("rules.json: JSON syntax error at offset");
    QTest::newRow("not an object") << QByteArray("[]")
                                   << QStringLiteral("rules.json: expected a JSON object");
    QTest::newRow("missing language") << QByteArray(valid).replace(R"("language":"xx",)", "")
                                      << QStringLiteral("rules.json: missing key \"language\"");
    QTest::newRow("missing message") << QByteArray(valid).replace(R"("message":"m",)", "")
                                     << QStringLiteral("rules.json: rules[0]: missing key \"message\"");
    QTest::newRow("unknown check") << QByteArray(valid).replace("blame.language", "blame.nope")
                                   << QStringLiteral("rules.json: rules[0].check: expected");
    QTest::newRow("bad severity") << QByteArray(valid).replace(R"("warning")", R"("fatal")")
                                  << QStringLiteral("rules.json: rules[0].severity: expected \"info\"");
    QTest::newRow("unknown inflection")
        << QByteArray(valid).replace("{go}", "{come}")
        << QStringLiteral("rules.json: rules[0].phrases[0]: unknown placeholder \"{come}\"");
    QTest::newRow("empty phrase") << QByteArray(valid).replace(R"("{go} wrong")", R"("")")
                                  << QStringLiteral(
                                         "rules.json: rules[0].phrases[0]: expected a non-empty string");
    QTest::newRow("negations not a list")
        << QByteArray(valid).replace(R"(["not"])", "3")
        << QStringLiteral("rules.json: negations: expected a non-empty array");
}

void TestChecks::ruleFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    LanguageRules rules;
    QString message;
    const bool ok = rules.load(json, QStringLiteral("rules.json"), &message);
    QCOMPARE(ok, error.isEmpty());
    QVERIFY2(message.startsWith(error), qPrintable(message));
    if (ok) {
        QCOMPARE(rules.rules().size(), 1);
        QVERIFY(!LanguageCheck(rules, {})
                     .matches(QStringLiteral("It went wrong."), LanguageRule::Scope::Prose)
                     .isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
