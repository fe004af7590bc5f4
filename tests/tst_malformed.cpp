// SPDX-License-Identifier: GPL-3.0-or-later
// The strict reader on broken files: every row breaks one thing in an otherwise valid document and
// checks that nothing is read and that the one error names the place (docs/file-format.md).
#include "document.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <initializer_list>

namespace causeway {

/// One change to the parsed JSON of a valid document: set (or add) the value at a path, or remove it.
struct JsonEdit
{
    QString path; ///< "timeline[1].time", "incident.impact.customers", "colour"
    QByteArray json; ///< the new value as JSON text
    bool remove = false;
};

} // namespace causeway

Q_DECLARE_METATYPE(causeway::JsonEdit)

namespace causeway {

namespace {

JsonEdit set(const char *path, const char *json)
{
    return { QString::fromUtf8(path), QByteArray(json), false };
}

JsonEdit drop(const char *path)
{
    return { QString::fromUtf8(path), QByteArray(), true };
}

Instant at(const char *rfc3339)
{
    const Instant instant = Instant::parseRfc3339(QString::fromLatin1(rfc3339));
    Q_ASSERT_X(instant.isValid(), "at", rfc3339);
    return instant;
}

/// A small document that uses every list and every kind of value once.
DocumentContent validContent()
{
    DocumentContent c;
    c.templateId = TemplateId::GoogleSre;

    Incident &i = c.incident;
    i.title = QStringLiteral("Café checkout errors after migration 0147");
    i.identifier = QStringLiteral("INC-2026-031");
    i.severity = Severity::Sev2;
    i.status = IncidentStatus::InReview;
    i.zone = QStringLiteral("Europe/Berlin");
    i.commander = PersonId(1);
    i.authors = { PersonId(1) };
    i.services = QStringList { QStringLiteral("checkout-api") };
    i.impact.customers = 1200;
    i.impact.failedRequests = 34000;
    i.impact.revenue = 1500.5;
    i.impact.currency = QStringLiteral("EUR");
    i.impact.description = QStringLiteral("About 5 % of checkouts failed.");
    i.started = at("2026-03-02T14:03:10Z");
    i.detected = at("2026-03-02T15:15:00+01:00");
    i.mitigated = at("2026-03-02T14:48:10Z");
    i.resolved = at("2026-03-02T16:08:10.500Z");

    Person ana;
    ana.id = PersonId(1);
    ana.name = QStringLiteral("Ana Lima");
    ana.role = QStringLiteral("on-call engineer");
    ana.team = QStringLiteral("Payments");
    c.people = { ana };

    TimelineEvent deploy;
    deploy.id = EventId(1);
    deploy.time = at("2026-03-02T14:03:10Z");
    deploy.kind = EventKind::Deploy;
    deploy.actor = QStringLiteral("deploy pipeline");
    deploy.text = QStringLiteral("Migration 0147 started");
    deploy.tags = QStringList { QStringLiteral("db"), QStringLiteral("migration") };
    deploy.flags = EventFlag::Trigger;
    deploy.source = { SourceType::Pasted, QString(), QStringLiteral("deploy.log"), 12 };
    TimelineEvent alert;
    alert.id = EventId(2);
    alert.time = at("2026-03-02T15:15:00.250+01:00");
    alert.end = at("2026-03-02T15:20:00+01:00");
    alert.kind = EventKind::Alert;
    alert.person = PersonId(1);
    alert.text = QStringLiteral("Checkout error rate above 5 %");
    alert.flags = EventFlag::KeyMoment;
    c.events = { deploy, alert };

    CausalNode outcome;
    outcome.id = NodeId(1);
    outcome.type = NodeType::Outcome;
    outcome.label = QStringLiteral("Checkout requests failed");
    CausalNode trigger;
    trigger.id = NodeId(2);
    trigger.type = NodeType::Trigger;
    trigger.label = QStringLiteral("Migration locked the orders table");
    trigger.rootCause = true;
    trigger.position = QPointF(10, 20);
    trigger.pinned = true;
    trigger.evidenceEvents = { EventId(1) };
    CausalNode condition;
    condition.id = NodeId(3);
    condition.type = NodeType::Condition;
    condition.label = QStringLiteral("Migrations run without a lock timeout");
    CausalNode defence;
    defence.id = NodeId(4);
    defence.type = NodeType::Defence;
    defence.label = QStringLiteral("Canary analysis");
    defence.defenceState = DefenceState::Degraded;
    defence.evidenceEvents = { EventId(2) };
    c.nodes = { outcome, trigger, condition, defence };

    CausalLink causes;
    causes.id = LinkId(1);
    causes.from = NodeId(2);
    causes.to = NodeId(1);
    causes.why = true;
    CausalLink failedToStop;
    failedToStop.id = LinkId(2);
    failedToStop.from = NodeId(4);
    failedToStop.to = NodeId(1);
    failedToStop.kind = LinkKind::FailedToStop;
    c.links = { causes, failedToStop };

    DifferentEngineerAnswer answer;
    answer.id = AnswerId(1);
    answer.node = NodeId(2);
    answer.answer = EngineerAnswer::No;
    answer.defence = NodeId(4);
    answer.explanation = QStringLiteral("Nothing stops a long lock.");
    answer.actions = { ActionId(1) };
    c.answers = { answer };

    CorrectiveAction action;
    action.id = ActionId(1);
    action.title = QStringLiteral("Add a lock timeout to migrations");
    action.owner = PersonId(1);
    action.due = QDate(2026, 4, 1);
    action.priority = ActionPriority::P1;
    action.tracker = QStringLiteral("https://tracker.example/OPS-12");
    action.addresses = { NodeId(3) };
    c.actions = { action };

    Lesson lesson;
    lesson.id = LessonId(1);
    lesson.text = QStringLiteral("The rollback runbook worked.");
    c.lessons = { lesson };

    Evidence query;
    query.id = EvidenceId(1);
    query.title = QStringLiteral("Lock query");
    query.language = QStringLiteral("SQL");
    query.text = QStringLiteral("SELECT * FROM pg_locks;");
    query.events = { EventId(1) };
    query.nodes = { NodeId(2) };
    Evidence screenshot;
    screenshot.id = EvidenceId(2);
    screenshot.title = QStringLiteral("Error rate");
    screenshot.kind = EvidenceKind::Image;
    screenshot.fileName = QStringLiteral("errors.png");
    screenshot.mediaType = QStringLiteral("image/png");
    screenshot.data = QByteArray("\x89PNG\r\n\x1a\n", 8);
    screenshot.events = { EventId(2) };
    c.evidence = { query, screenshot };

    c.sections.insert(QStringLiteral("summary"), QStringLiteral("A migration locked the orders table."));
    c.sections.insert(QStringLiteral("root-causes"), QStringLiteral("No lock timeout."));
    return c;
}

QByteArray serialized(const DocumentContent &content)
{
    const Document document(content);
    return serializeDocument(document);
}

const QByteArray &validBytes()
{
    static const QByteArray bytes = serialized(validContent());
    return bytes;
}

/// A document with \a count timeline events and nothing else that could be wrong.
QByteArray manyEvents(int count)
{
    DocumentContent c;
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = EventId(quint64(i + 1));
        e.time = Instant::fromUtcMicroseconds(1772460190000000 + qint64(i) * 1000000);
        e.text = QStringLiteral("event %1").arg(i);
        c.events.append(e);
    }
    return serialized(c);
}

struct PathStep
{
    QString key;
    int index = -1; ///< an array index when >= 0
};

QVector<PathStep> parsePath(const QString &path)
{
    QVector<PathStep> steps;
    static const QRegularExpression part(QStringLiteral("^([^.\\[]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = part.match(segment);
        if (!m.hasMatch())
            return {};
        steps.append({ m.captured(1), -1 });
        QRegularExpressionMatchIterator it = index.globalMatch(m.captured(2));
        while (it.hasNext())
            steps.append({ QString(), it.next().captured(1).toInt() });
    }
    return steps;
}

/// Applies \a edit below \a value. Only the last step may name something that is not there yet.
bool applyAt(QJsonValue &value, const QVector<PathStep> &steps, int i, const JsonEdit &edit,
    const QJsonValue &newValue)
{
    const PathStep &step = steps.at(i);
    const bool last = i == steps.size() - 1;
    if (step.index >= 0) {
        if (!value.isArray())
            return false;
        QJsonArray array = value.toArray();
        if (step.index >= array.size())
            return false;
        if (last && edit.remove) {
            array.removeAt(step.index);
        } else if (last) {
            array.replace(step.index, newValue);
        } else {
            QJsonValue child = array.at(step.index);
            if (!applyAt(child, steps, i + 1, edit, newValue))
                return false;
            array.replace(step.index, child);
        }
        value = array;
        return true;
    }
    if (!value.isObject())
        return false;
    QJsonObject object = value.toObject();
    if (last && edit.remove) {
        if (!object.contains(step.key))
            return false;
        object.remove(step.key);
    } else if (last) {
        object.insert(step.key, newValue);
    } else {
        if (!object.contains(step.key))
            return false;
        QJsonValue child = object.value(step.key);
        if (!applyAt(child, steps, i + 1, edit, newValue))
            return false;
        object.insert(step.key, child);
    }
    value = object;
    return true;
}

/// \a bytes with \a edits applied to its JSON, re-serialized by Qt (the reader ignores layout).
QByteArray edited(const QByteArray &bytes, const QVector<JsonEdit> &edits, QString *problem)
{
    QJsonValue root = QJsonDocument::fromJson(bytes).object();
    for (const JsonEdit &edit : edits) {
        const QVector<PathStep> steps = parsePath(edit.path);
        QJsonValue newValue;
        if (!edit.remove) {
            // Qt 5 parses only objects and arrays at the top, so the value is wrapped in an array.
            QJsonParseError error;
            const QByteArray wrapped = QByteArray("[") + edit.json + QByteArray("]");
            const QJsonDocument parsed = QJsonDocument::fromJson(wrapped, &error);
            if (error.error != QJsonParseError::NoError || parsed.array().size() != 1) {
                *problem =
                    QStringLiteral("bad JSON value in the test table: ") + QString::fromUtf8(edit.json);
                return {};
            }
            newValue = parsed.array().at(0);
        }
        if (steps.isEmpty() || !applyAt(root, steps, 0, edit, newValue)) {
            *problem = QStringLiteral("no such place in the valid document: ") + edit.path;
            return {};
        }
    }
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
}

QString listed(const LoadErrors &errors)
{
    QStringList lines;
    for (const LoadError &e : errors)
        lines << e.toString(QStringLiteral("test.causeway"));
    return QStringLiteral("errors reported:\n    ") + lines.join(QStringLiteral("\n    "));
}

/// Line and column (1-based, in characters) of a byte offset: where an editor shows it.
void lineAndColumnOf(const QByteArray &bytes, int offset, int *line, int *column)
{
    const QByteArray before = bytes.left(offset);
    const int lineStart = int(before.lastIndexOf('\n')) + 1;
    *line = int(before.count('\n')) + 1;
    *column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
}

void addMalformed(const char *name, std::initializer_list<JsonEdit> edits, const char *path,
    std::initializer_list<const char *> fragments)
{
    QStringList texts;
    for (const char *fragment : fragments)
        texts << QString::fromUtf8(fragment);
    QTest::newRow(name) << QVector<JsonEdit>(edits) << QString::fromUtf8(path) << texts;
}

/// A syntax-error row made from the valid document: \a from is replaced by \a to, and the parser
/// should stop at byte \a culprit of \a to.
void addRawEdit(
    const char *name, const QByteArray &from, const QByteArray &to, int culprit, const char *fragment)
{
    const QByteArray &valid = validBytes();
    const int where = int(valid.indexOf(from));
    QVERIFY2(where >= 0, name); // the valid document's layout changed: update the row
    QByteArray bytes = valid;
    bytes.replace(where, from.size(), to);
    int line = 0;
    int column = 0;
    lineAndColumnOf(bytes, where + culprit, &line, &column);
    QTest::newRow(name) << bytes << line << column << QString::fromUtf8(fragment);
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocumentReadsBack();
    void harmlessEdits_data();
    void harmlessEdits();
    void malformed_data();
    void malformed();
    void syntaxErrors_data();
    void syntaxErrors();
    void duplicateKeyIsAnError();
    void errorsAreCapped_data();
    void errorsAreCapped();
    void neverHalfRead_data();
    void neverHalfRead();
    void duplicateIdInAnyOrder_data();
    void duplicateIdInAnyOrder();
    void loadErrorToString_data();
    void loadErrorToString();
};

void TestMalformed::validDocumentReadsBack()
{
    // The positive control: without it every "is refused" below could pass for the wrong reason.
    const ReadResult result = readDocument(validBytes());
    QVERIFY2(result.errors.isEmpty(), qPrintable(listed(result.errors)));
    QVERIFY(result.content);
    QCOMPARE(serialized(*result.content), validBytes());
    QCOMPARE(result.content->nodes.at(3).defenceState, std::optional<DefenceState>(DefenceState::Degraded));
    QCOMPARE(result.content->evidence.at(1).data, QByteArray("\x89PNG\r\n\x1a\n", 8));
}

void TestMalformed::harmlessEdits_data()
{
    QTest::addColumn<QVector<JsonEdit>>("edits");

    // Edits that keep the file valid: the table machinery changes only what a row names.
    QTest::newRow("no edit (Qt's layout)") << QVector<JsonEdit> {};
    QTest::newRow("severity unset") << QVector<JsonEdit> { set("incident.severity", R"("")") };
    QTest::newRow("no commander") << QVector<JsonEdit> { set("incident.commander", "null") };
    QTest::newRow("impact unknown") << QVector<JsonEdit> { set("incident.impact.customers", "null"),
        set("incident.impact.failedRequests", "null"), set("incident.impact.revenue", "null") };
    QTest::newRow("version as 1.0") << QVector<JsonEdit> { set("version", "1.0") };
    QTest::newRow("no end") << QVector<JsonEdit> { set("timeline[1].end", "null") };
    QTest::newRow("end equals time") << QVector<JsonEdit> { set(
        "timeline[1].end", R"("2026-03-02T14:15:00.250Z")") };
    QTest::newRow("all flags") << QVector<JsonEdit> { set(
        "timeline[0].flags", R"(["trigger", "missed-warning", "key-moment"])") };
    QTest::newRow("not placed") << QVector<JsonEdit> { set("nodes[1].position", "null") };
    QTest::newRow("no due date") << QVector<JsonEdit> { set("actions[0].due", "null") };
    QTest::newRow("owner outside people")
        << QVector<JsonEdit> { set("actions[0].owner", "null"), set("actions[0].ownerName", R"("DB team")") };
    QTest::newRow("jpeg") << QVector<JsonEdit> { set("evidence[1].mediaType", R"("image/jpeg")") };
    QTest::newRow("new section") << QVector<JsonEdit> { set("sections.timeline-summary", R"("Short.")") };
    QTest::newRow("empty lists") << QVector<JsonEdit> { set("lessons", "[]"),
        set("differentEngineer", "[]") };
}

void TestMalformed::harmlessEdits()
{
    QFETCH(QVector<JsonEdit>, edits);

    QString problem;
    const QByteArray bytes = edited(validBytes(), edits, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const ReadResult result = readDocument(bytes);
    QVERIFY2(result.errors.isEmpty(), qPrintable(listed(result.errors)));
    QVERIFY(result.content);
}

void TestMalformed::malformed_data()
{
    QTest::addColumn<QVector<JsonEdit>>("edits");
    QTest::addColumn<QString>("path"); // where the one error must be
    QTest::addColumn<QStringList>("fragments"); // what its message must contain

    // --- top level ---
    addMalformed("format wrong", { set("format", R"("kauseway")") }, "format",
        { R"(expected "causeway")", R"(got "kauseway")", "not a Causeway document" });
    addMalformed("format missing", { drop("format") }, "format", { R"(expected "causeway")" });
    addMalformed("version newer, with what a newer file might hold",
        { set("version", "2"), set("flowcharts", "[]"), set("timeline[0].time", R"("soon")") }, "version",
        { "newer Causeway", "format version 2", "reads up to 1" });
    addMalformed("version a string", { set("version", R"("1")") }, "version",
        { "expected an integer format version", R"(got "1")" });
    addMalformed(
        "version 0", { set("version", "0") }, "version", { "expected an integer format version", "got 0" });
    addMalformed("version fractional", { set("version", "1.5") }, "version", { "got 1.5" });
    addMalformed("top-level key missing", { drop("timeline") }, "", { R"(missing key "timeline")" });
    addMalformed(
        "top-level key unknown", { set("colour", R"("blue")") }, "colour", { "unknown key", "sections" });
    addMalformed("template unknown", { set("template", R"("nasa")") }, "template",
        { R"("default", "google-sre" or "atlassian")", R"(got "nasa")" });
    addMalformed(
        "incident missing (one error, not two)", { drop("incident") }, "", { R"(missing key "incident")" });
    addMalformed(
        "people not an array", { set("people", "{}") }, "people", { "expected an array, got an object" });
    addMalformed(
        "sections an array", { set("sections", "[]") }, "sections", { "expected an object, got an array" });

    // --- incident ---
    addMalformed("zone not IANA", { set("incident.zone", R"("Mars/Olympus")") }, "incident.zone",
        { "expected an IANA time-zone id", R"(got "Mars/Olympus")" });
    addMalformed("severity unknown", { set("incident.severity", R"("critical")") }, "incident.severity",
        { R"("SEV1")", R"(got "critical")" });
    addMalformed("severity lower-case", { set("incident.severity", R"("sev2")") }, "incident.severity",
        { R"(got "sev2")" });
    addMalformed("status unknown", { set("incident.status", R"("closed")") }, "incident.status",
        { R"("draft", "in-review" or "final")", R"(got "closed")" });
    addMalformed("started without offset", { set("incident.started", R"("2026-03-02T14:03:10")") },
        "incident.started",
        { "expected null or an RFC 3339 timestamp with a zone offset", R"(got "2026-03-02T14:03:10")" });
    addMalformed("resolved a number", { set("incident.resolved", "1772460190") }, "incident.resolved",
        { "RFC 3339", "got 1772460190" });
    addMalformed("commander dangling", { set("incident.commander", "99") }, "incident.commander",
        { "no person has id 99" });
    addMalformed(
        "commander 0", { set("incident.commander", "0") }, "incident.commander", { "at least 1", "got 0" });
    addMalformed("authors not an array", { set("incident.authors", R"("Ana Lima")") }, "incident.authors",
        { "expected an array of ids", R"(got "Ana Lima")" });
    addMalformed("authors listed twice", { set("incident.authors", "[1, 1]") }, "incident.authors[1]",
        { "id 1 is listed twice" });
    addMalformed("reviewers dangling", { set("incident.reviewers", "[7]") }, "incident.reviewers[0]",
        { "no person has id 7" });
    addMalformed("services holds a number", { set("incident.services", "[3]") }, "incident.services[0]",
        { "expected a string, got 3" });
    addMalformed("impact.customers negative", { set("incident.impact.customers", "-5") },
        "incident.impact.customers", { "at least 0", "got -5" });
    addMalformed("impact.customers fractional", { set("incident.impact.customers", "12.5") },
        "incident.impact.customers", { "integer", "got 12.5" });
    addMalformed("impact.revenue negative", { set("incident.impact.revenue", "-100") },
        "incident.impact.revenue", { "got -100" });
    addMalformed("impact.currency not ISO 4217", { set("incident.impact.currency", R"("euro")") },
        "incident.impact.currency", { R"(got "euro")" });
    addMalformed("impact unknown key", { set("incident.impact.colour", R"("red")") },
        "incident.impact.colour",
        { "unknown key", "customers, failedRequests, revenue, currency, description" });

    // --- people ---
    addMalformed("person name empty", { set("people[0].name", R"("")") }, "people[0].name", { "non-empty" });
    addMalformed(
        "person name blank", { set("people[0].name", R"("   ")") }, "people[0].name", { "non-empty" });
    addMalformed("person id 0", { set("people[0].id", "0") }, "people[0].id", { "at least 1", "got 0" });
    addMalformed("person key missing", { drop("people[0].team") }, "people[0]", { R"(missing key "team")" });
    addMalformed("person not an object", { set("people[0]", R"("Ana")") }, "people[0]",
        { "expected an object", R"(got "Ana")" });

    // --- timeline ---
    addMalformed("event ids duplicate", { set("timeline[1].id", "1") }, "timeline[1].id",
        { "id 1 is already used by timeline[0]" });
    addMalformed("time noon", { set("timeline[1].time", R"("noon")") }, "timeline[1].time",
        { "expected an RFC 3339 timestamp with a zone offset", R"(got "noon")" });
    addMalformed("time with 7 fraction digits",
        { set("timeline[1].time", R"("2026-03-02T14:15:00.1234567Z")") }, "timeline[1].time",
        { R"(got "2026-03-02T14:15:00.1234567Z")" });
    addMalformed("time on 2026-02-30", { set("timeline[0].time", R"("2026-02-30T14:03:10Z")") },
        "timeline[0].time", { R"(got "2026-02-30T14:03:10Z")" });
    addMalformed("time null", { set("timeline[0].time", "null") }, "timeline[0].time",
        { "expected an RFC 3339 timestamp", "got null" });
    addMalformed("end before time", { set("timeline[1].end", R"("2026-03-02T15:14:59+01:00")") },
        "timeline[1].end",
        { "before the start", "2026-03-02T15:14:59+01:00", "2026-03-02T15:15:00.250+01:00" });
    addMalformed("kind unknown", { set("timeline[0].kind", R"("page")") }, "timeline[0].kind",
        { R"("alert")", R"("milestone")", R"(got "page")" });
    addMalformed("flag unknown", { set("timeline[0].flags", R"(["trigger", "root-cause"])") },
        "timeline[0].flags[1]", { R"(got "root-cause")" });
    addMalformed("flag twice", { set("timeline[0].flags", R"(["trigger", "trigger"])") },
        "timeline[0].flags[1]", { "twice" });
    addMalformed("flags out of order", { set("timeline[0].flags", R"(["key-moment", "trigger"])") },
        "timeline[0].flags[1]", { "order" });
    addMalformed("person and actor", { set("timeline[1].actor", R"("pager")") }, "timeline[1].actor",
        { R"(when "person" is set)" });
    addMalformed("person dangling", { set("timeline[1].person", "9") }, "timeline[1].person",
        { "no person has id 9" });
    addMalformed("source.line negative", { set("timeline[0].source.line", "-1") }, "timeline[0].source.line",
        { "at least 0", "got -1" });
    addMalformed("source.type unknown", { set("timeline[0].source.type", R"("scraped")") },
        "timeline[0].source.type", { R"(got "scraped")" });
    addMalformed("tags hold a number", { set("timeline[0].tags", R"(["db", 42])") }, "timeline[0].tags[1]",
        { "expected a string, got 42" });
    addMalformed("source unknown key", { set("timeline[0].source.colour", R"("red")") },
        "timeline[0].source.colour", { "unknown key", "type, format, file, line" });
    addMalformed("source missing (one error, not two)", { drop("timeline[0].source") }, "timeline[0]",
        { R"(missing key "source")" });
    addMalformed("event not an object", { set("timeline[1]", R"("event")") }, "timeline[1]",
        { "expected an object", R"(got "event")" });

    // --- nodes: [0] outcome, [1] trigger, [2] condition, [3] defence ---
    addMalformed("node type unknown", { set("nodes[0].type", R"("root")") }, "nodes[0].type",
        { R"("warning-sign")", R"(got "root")" });
    addMalformed("defence type misspelt (one error, not two)", { set("nodes[3].type", R"("defense")") },
        "nodes[3].type", { R"(got "defense")" });
    addMalformed("defence without defenceState", { set("nodes[3].defenceState", "null") },
        "nodes[3].defenceState",
        { R"("absent", "degraded", "misaligned" or "held" for a defence)", "got null" });
    addMalformed("condition with defenceState", { set("nodes[2].defenceState", R"("held")") },
        "nodes[2].defenceState", { "only defences have a state" });
    addMalformed("defenceState unknown", { set("nodes[3].defenceState", R"("broken")") },
        "nodes[3].defenceState", { R"(got "broken")" });
    addMalformed("label empty", { set("nodes[0].label", R"("")") }, "nodes[0].label", { "non-empty" });
    addMalformed("rootCause a string", { set("nodes[1].rootCause", R"("yes")") }, "nodes[1].rootCause",
        { "expected true or false", R"(got "yes")" });
    addMalformed(
        "position missing y", { drop("nodes[1].position.y") }, "nodes[1].position", { R"(missing key "y")" });
    addMalformed("position x a string", { set("nodes[1].position.x", R"("10")") }, "nodes[1].position.x",
        { "expected a number", R"(got "10")" });
    addMalformed("position an array", { set("nodes[1].position", "[10, 20]") }, "nodes[1].position",
        { "expected an object, got an array" });
    addMalformed("evidenceEvents dangling", { set("nodes[3].evidenceEvents", "[2, 99]") },
        "nodes[3].evidenceEvents[1]", { "no timeline event has id 99" });

    // --- links ---
    addMalformed("link to itself", { set("links[0].to", "2") }, "links[0].to", { "from node 2 to itself" });
    addMalformed("link to dangling", { set("links[0].to", "99") }, "links[0].to", { "no node has id 99" });
    addMalformed("link kind unknown", { set("links[1].kind", R"("prevents")") }, "links[1].kind",
        { R"("failed-to-stop")", R"(got "prevents")" });
    addMalformed("link why a string", { set("links[0].why", R"("true")") }, "links[0].why",
        { "expected true or false" });

    // --- differentEngineer ---
    addMalformed("answer unknown", { set("differentEngineer[0].answer", R"("maybe")") },
        "differentEngineer[0].answer", { R"("unanswered", "yes", "partly" or "no")", R"(got "maybe")" });
    addMalformed("answer actions dangling", { set("differentEngineer[0].actions", "[1, 99]") },
        "differentEngineer[0].actions[1]", { "no action has id 99" });
    addMalformed("answer defence dangling", { set("differentEngineer[0].defence", "42") },
        "differentEngineer[0].defence", { "no node has id 42" });

    // --- actions ---
    addMalformed("due tomorrow", { set("actions[0].due", R"("tomorrow")") }, "actions[0].due",
        { "YYYY-MM-DD", R"(got "tomorrow")" });
    addMalformed("due in month 13", { set("actions[0].due", R"("2026-13-01")") }, "actions[0].due",
        { R"(got "2026-13-01")" });
    addMalformed("due without zero padding", { set("actions[0].due", R"("2026-4-1")") }, "actions[0].due",
        { R"(got "2026-4-1")" });
    addMalformed("owner and ownerName", { set("actions[0].ownerName", R"("DB team")") },
        "actions[0].ownerName", { R"(when "owner" is set)" });
    addMalformed(
        "owner dangling", { set("actions[0].owner", "5") }, "actions[0].owner", { "no person has id 5" });
    addMalformed("addresses dangling", { set("actions[0].addresses", "[99]") }, "actions[0].addresses[0]",
        { "no node has id 99" });
    addMalformed(
        "action title empty", { set("actions[0].title", R"("")") }, "actions[0].title", { "non-empty" });
    addMalformed("priority P5", { set("actions[0].priority", R"("P5")") }, "actions[0].priority",
        { R"("P1", "P2", "P3" or "P4")", R"(got "P5")" });

    // --- lessons ---
    addMalformed("lesson category unknown", { set("lessons[0].category", R"("meh")") }, "lessons[0].category",
        { R"("went-well", "went-wrong" or "lucky")", R"(got "meh")" });

    // --- evidence: [0] text, [1] image ---
    addMalformed("image data not base64", { set("evidence[1].data", R"("not base64!")") }, "evidence[1].data",
        { "base64" });
    addMalformed("image data empty", { set("evidence[1].data", R"("")") }, "evidence[1].data", { "base64" });
    addMalformed("image as GIF", { set("evidence[1].mediaType", R"("image/gif")") }, "evidence[1].mediaType",
        { R"(got "image/gif")" });
    addMalformed("image with text", { set("evidence[1].text", R"("words")") }, "evidence[1].text",
        { R"(expected "" for an image)" });
    addMalformed("text evidence with data", { set("evidence[0].data", R"("iVBORw0K")") }, "evidence[0].data",
        { R"(expected "" for text evidence)" });
    addMalformed("text evidence with mediaType", { set("evidence[0].mediaType", R"("text/plain")") },
        "evidence[0].mediaType", { R"(expected "" for text evidence)" });
    addMalformed("image kind misspelt (one error, not three)", { set("evidence[1].kind", R"("picture")") },
        "evidence[1].kind", { R"(got "picture")" });
    addMalformed("evidence events dangling", { set("evidence[0].events", "[77]") }, "evidence[0].events[0]",
        { "no timeline event has id 77" });
    addMalformed("evidence nodes not ids", { set("evidence[0].nodes", R"(["2"])") }, "evidence[0].nodes[0]",
        { R"(expected an id (an integer of at least 1), got "2")" });

    // --- sections ---
    addMalformed("section key upper-case", { set("sections.Summary", R"("Text.")") }, "sections.Summary",
        { "lower-case" });
    addMalformed("section key with a space", { set("sections.root causes", R"("Text.")") },
        "sections.root causes", { "lower-case" });
    addMalformed("section value a number", { set("sections.summary", "5") }, "sections.summary",
        { "expected a string, got 5" });
}

void TestMalformed::malformed()
{
    QFETCH(QVector<JsonEdit>, edits);
    QFETCH(QString, path);
    QFETCH(QStringList, fragments);

    QString problem;
    const QByteArray bytes = edited(validBytes(), edits, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const ReadResult result = readDocument(bytes);
    QVERIFY2(!result.content, "a broken file must yield no content");
    QVERIFY2(!result.errors.isEmpty(), "a broken file must report an error");
    const LoadError *found = nullptr;
    for (const LoadError &e : result.errors) {
        if (e.path == path)
            found = &e;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no error at \"%1\"; ").arg(path) + listed(result.errors)));
    for (const QString &fragment : fragments) {
        QVERIFY2(found->message.contains(fragment),
            qPrintable(QStringLiteral("\"%1\" not in the message; ").arg(fragment) + listed(result.errors)));
    }
    QCOMPARE(found->line, 0);
    QCOMPARE(found->column, 0);
    // One mistake, one error: follow-on errors would send the reader to places that are fine.
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
}

void TestMalformed::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line"); // 0 when the error has no position
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray &valid = validBytes();
    int line = 0;
    int column = 0;

    QTest::newRow("empty file") << QByteArray() << 0 << 0 << QStringLiteral("the file is empty");
    QTest::newRow("only white space")
        << QByteArray("\n  \n") << 0 << 0 << QStringLiteral("the file is empty");
    QTest::newRow("not JSON at all") << QByteArray("hello\n") << 1 << 1
                                     << QStringLiteral("JSON syntax error");
    QTest::newRow("top-level array") << QByteArray("[]\n") << 0 << 0
                                     << QStringLiteral("expected a JSON object at the top level");
    QTest::newRow("document inside an array") << (QByteArray("[") + valid + QByteArray("]")) << 0 << 0
                                              << QStringLiteral("expected a JSON object at the top level");

    // Cut inside a string: the error is where the file ends.
    const int cut = int(valid.indexOf("Migration 0147 started")) + 9;
    lineAndColumnOf(valid, cut, &line, &column);
    QTest::newRow("truncated in a string")
        << valid.left(cut) << line << column << QStringLiteral("JSON syntax error");
    const int lineCut = int(valid.indexOf("\"nodes\": [")) + 11;
    lineAndColumnOf(valid, lineCut, &line, &column);
    QTest::newRow("truncated after a line")
        << valid.left(lineCut) << line << column << QStringLiteral("JSON syntax error");
    QCOMPARE(column, 1); // the cut really is at the start of a line

    // A strict parser stops at the bracket that follows the comma.
    QTest::newRow("trailing comma in an object") << QByteArray("{\n    \"format\": \"causeway\",\n}\n") << 3
                                                 << 1 << QStringLiteral("JSON syntax error");
    addRawEdit("trailing comma in an array", "\"migration\"]", "\"migration\",]", 12, "JSON syntax error");
    QTest::newRow("missing comma between keys")
        << QByteArray("{\n    \"format\": \"causeway\"\n    \"version\": 1\n}\n") << 3 << 5
        << QStringLiteral("JSON syntax error");

    addRawEdit("invalid UTF-8 byte", "checkout errors", "checkout \xff errors", 9, "JSON syntax error");
    // Columns count characters: "é" is two bytes but one column.
    QTest::newRow("invalid UTF-8 after a non-ASCII letter")
        << QByteArray("{\n    \"title\": \"Caf\xc3\xa9 \xff\"\n}\n") << 2 << 20
        << QStringLiteral("JSON syntax error");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"title\": \"\xc0\xaf\"}") << 1 << 12
                                    << QStringLiteral("JSON syntax error");

    lineAndColumnOf(valid, valid.size(), &line, &column);
    QTest::newRow("garbage after the document")
        << (valid + QByteArray("}\n")) << line << column << QStringLiteral("JSON syntax error");
}

void TestMalformed::syntaxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ReadResult result = readDocument(bytes);
    QVERIFY(!result.content);
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
    const LoadError &e = result.errors.first();
    QVERIFY2(e.message.contains(fragment), qPrintable(listed(result.errors)));
    QCOMPARE(e.path, QString());
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestMalformed::duplicateKeyIsAnError()
{
    // A duplicated key (a hand edit, a bad merge) must not silently drop one of the two values.
    const QByteArray from("\"text\": \"Migration 0147 started\",");
    QByteArray bytes = validBytes();
    QVERIFY(bytes.contains(from));
    const QByteArray to = from + QByteArray("\n            \"text\": \"Something else\",");
    bytes.replace(from, to);

    const ReadResult result = readDocument(bytes);
    QVERIFY2(!result.content, "a file with a key given twice was read; the first value was dropped");
    bool named = false;
    for (const LoadError &e : result.errors)
        named = named || e.path == QLatin1String("timeline[0].text") ||
            e.message.contains(QLatin1String("\"text\""));
    QVERIFY2(named, qPrintable(listed(result.errors)));
}

void TestMalformed::errorsAreCapped_data()
{
    QTest::addColumn<int>("badEvents");
    QTest::addColumn<int>("maxErrors"); // 0: readDocument's default
    QTest::addColumn<int>("listed"); // errors with a place
    QTest::addColumn<QString>("summary"); // the last line, or empty when nothing was left out

    QTest::newRow("200 bad, default cap") << 200 << 0 << 50 << QStringLiteral("… and 150 more errors");
    QTest::newRow("200 bad, cap 5") << 200 << 5 << 5 << QStringLiteral("… and 195 more errors");
    QTest::newRow("6 bad, cap 5") << 6 << 5 << 5 << QStringLiteral("… and 1 more error");
    QTest::newRow("5 bad, cap 5") << 5 << 5 << 5 << QString();
    QTest::newRow("3 bad, cap 5") << 3 << 5 << 3 << QString();
}

void TestMalformed::errorsAreCapped()
{
    QFETCH(int, badEvents);
    QFETCH(int, maxErrors);
    QFETCH(int, listed);
    QFETCH(QString, summary);

    QVector<JsonEdit> edits;
    for (int i = 0; i < badEvents; ++i)
        edits.append({ QStringLiteral("timeline[%1].time").arg(i), QByteArray("\"noon\""), false });
    QString problem;
    const QByteArray bytes = edited(manyEvents(200), edits, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const ReadResult result = maxErrors > 0 ? readDocument(bytes, maxErrors) : readDocument(bytes);
    QVERIFY(!result.content);
    QCOMPARE(int(result.errors.size()), listed + (summary.isEmpty() ? 0 : 1));
    for (int i = 0; i < listed; ++i) {
        QCOMPARE(result.errors.at(i).path, QStringLiteral("timeline[%1].time").arg(i));
        QVERIFY(result.errors.at(i).message.contains(QLatin1String("got \"noon\"")));
    }
    if (!summary.isEmpty()) {
        QCOMPARE(result.errors.last().path, QString());
        QCOMPARE(result.errors.last().message, summary);
    }
}

void TestMalformed::neverHalfRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("first event's time") << QStringLiteral("timeline[0].time") << QByteArray("\"noon\"");
    QTest::newRow("middle event's kind") << QStringLiteral("timeline[57].kind") << QByteArray("\"page\"");
    QTest::newRow("last event's time") << QStringLiteral("timeline[99].time") << QByteArray("\"noon\"");
    QTest::newRow("last event's person dangling") << QStringLiteral("timeline[99].person") << QByteArray("3");
    QTest::newRow("a section after all events") << QStringLiteral("sections.Summary") << QByteArray("\"x\"");
}

void TestMalformed::duplicateIdInAnyOrder_data()
{
    QTest::addColumn<QVector<int>>("ids");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    // Ids that only grow are looked up one way, ids out of order another: both must find the first use.
    QTest::newRow("growing, then a repeat of the first") << QVector<int> { 2, 5, 9,
        2 } << QStringLiteral("timeline[3].id") << QStringLiteral("id 2 is already used by timeline[0]");
    QTest::newRow("growing, then a repeat of the last") << QVector<int> { 2, 5, 9,
        9 } << QStringLiteral("timeline[3].id") << QStringLiteral("id 9 is already used by timeline[2]");
    QTest::newRow("an id out of order repeated") << QVector<int> { 8, 3, 9,
        3 } << QStringLiteral("timeline[3].id") << QStringLiteral("id 3 is already used by timeline[1]");
    QTest::newRow("a growing id repeated after one out of order") << QVector<int> { 8, 3, 9,
        8 } << QStringLiteral("timeline[3].id") << QStringLiteral("id 8 is already used by timeline[0]");
    QTest::newRow("descending, no repeat") << QVector<int> { 9, 8, 3, 2 } << QString() << QString();
}

void TestMalformed::duplicateIdInAnyOrder()
{
    QFETCH(QVector<int>, ids);
    QFETCH(QString, path);
    QFETCH(QString, message);

    QByteArray bytes = manyEvents(int(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        QString problem;
        bytes = edited(bytes,
            { { QStringLiteral("timeline[%1].id").arg(i), QByteArray::number(ids.at(i)), false } }, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const ReadResult result = readDocument(bytes);
    if (path.isEmpty()) {
        QVERIFY2(result.content, qPrintable(listed(result.errors)));
        QCOMPARE(int(result.content->events.size()), int(ids.size()));
        return;
    }
    QVERIFY(!result.content);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().path, path);
    QVERIFY2(result.errors.constFirst().message.contains(message), qPrintable(listed(result.errors)));
}

void TestMalformed::neverHalfRead()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, json);

    const QByteArray good = manyEvents(100);
    const ReadResult control = readDocument(good);
    QVERIFY2(control.content, qPrintable(listed(control.errors)));
    QCOMPARE(int(control.content->events.size()), 100);

    QString problem;
    const QByteArray bytes = edited(good, { { path, json, false } }, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const ReadResult result = readDocument(bytes);
    QVERIFY2(!result.content, "99 good events must not be read when one is bad");
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
    QCOMPARE(result.errors.first().path, path);
}

void TestMalformed::loadErrorToString_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    const QString file = QStringLiteral("incident.causeway");
    QTest::newRow("syntax error") << QString() << 3 << 17 << file
                                  << QStringLiteral("incident.causeway:3:17: the message");
    QTest::newRow("value error") << QStringLiteral("timeline[12].time") << 0 << 0 << file
                                 << QStringLiteral("incident.causeway: timeline[12].time: the message");
    QTest::newRow("file error") << QString() << 0 << 0 << file
                                << QStringLiteral("incident.causeway: the message");
    QTest::newRow("value error, no file") << QStringLiteral("timeline[12].time") << 0 << 0 << QString()
                                          << QStringLiteral("timeline[12].time: the message");
    QTest::newRow("syntax error, no file")
        << QString() << 3 << 17 << QString() << QStringLiteral("3:17: the message");
    QTest::newRow("message only") << QString() << 0 << 0 << QString() << QStringLiteral("the message");
}

void TestMalformed::loadErrorToString()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);

    LoadError e;
    e.path = path;
    e.line = line;
    e.column = column;
    e.message = QStringLiteral("the message");
    QCOMPARE(e.toString(fileName), expected);
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestMalformed)
#include "tst_malformed.moc"
