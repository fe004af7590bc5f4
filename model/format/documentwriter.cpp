// SPDX-License-Identifier: GPL-3.0-or-later
// Field order here is the file format's: keep it in step with docs/file-format.md and the schema.
#include "documentwriter.h"

#include "document.h"
#include "enumnames.h"
#include "jsonwriter.h"

#include <QBuffer>

#include <algorithm>

namespace causeway {

namespace {

template<class Tag>
QVector<quint64> sortedIds(const QVector<Id<Tag>> &ids)
{
    QVector<quint64> values;
    values.reserve(ids.size());
    for (Id<Tag> id : ids)
        values.append(id.value);
    std::sort(values.begin(), values.end());
    return values;
}

template<class Tag>
void writeRef(JsonWriter &w, const char *key, Id<Tag> id)
{
    w.key(key);
    if (id.isValid())
        w.value(qint64(id.value));
    else
        w.null();
}

void writeInstant(JsonWriter &w, const char *key, const Instant &instant)
{
    w.key(key);
    if (instant.isValid())
        w.value(instant.toRfc3339());
    else
        w.null();
}

template<class E>
void writeEnum(JsonWriter &w, const char *key, E value)
{
    w.key(key);
    w.value(enumName(value));
}

void writeText(JsonWriter &w, const char *key, const QString &text)
{
    w.key(key);
    w.value(text);
}

template<class N>
void writeOptionalNumber(JsonWriter &w, const char *key, const std::optional<N> &number)
{
    w.key(key);
    if (number)
        w.value(*number);
    else
        w.null();
}

void writeIncident(JsonWriter &w, const Incident &i)
{
    w.beginObject();
    writeText(w, "title", i.title);
    writeText(w, "identifier", i.identifier);
    writeEnum(w, "severity", i.severity);
    writeEnum(w, "status", i.status);
    writeText(w, "zone", i.zone);
    writeRef(w, "commander", i.commander);
    w.key("authors");
    w.inlineArray(sortedIds(i.authors));
    w.key("reviewers");
    w.inlineArray(sortedIds(i.reviewers));
    w.key("services");
    w.inlineArray(i.services);
    w.key("impact");
    w.beginObject();
    writeOptionalNumber(w, "customers", i.impact.customers);
    writeOptionalNumber(w, "failedRequests", i.impact.failedRequests);
    writeOptionalNumber(w, "revenue", i.impact.revenue);
    writeText(w, "currency", i.impact.currency);
    writeText(w, "description", i.impact.description);
    w.endObject();
    writeInstant(w, "started", i.started);
    writeInstant(w, "detected", i.detected);
    writeInstant(w, "mitigated", i.mitigated);
    writeInstant(w, "resolved", i.resolved);
    w.endObject();
}

void writePerson(JsonWriter &w, const Person &p)
{
    w.beginObject();
    writeRef(w, "id", p.id);
    writeText(w, "name", p.name);
    writeText(w, "role", p.role);
    writeText(w, "team", p.team);
    w.endObject();
}

void writeEvent(JsonWriter &w, const TimelineEvent &e)
{
    w.beginObject();
    writeRef(w, "id", e.id);
    writeInstant(w, "time", e.time);
    writeInstant(w, "end", e.end);
    writeEnum(w, "kind", e.kind);
    writeRef(w, "person", e.person);
    writeText(w, "actor", e.actor);
    writeText(w, "text", e.text);
    w.key("tags");
    w.inlineArray(e.tags);
    QStringList flags;
    for (const auto &flag : eventFlagNames()) {
        if (e.flags.testFlag(flag.first))
            flags << QString(flag.second);
    }
    w.key("flags");
    w.inlineArray(flags);
    w.key("source");
    w.beginObject();
    writeEnum(w, "type", e.source.type);
    writeText(w, "format", e.source.format);
    writeText(w, "file", e.source.file);
    w.key("line");
    w.value(e.source.line);
    w.endObject();
    writeText(w, "note", e.note);
    w.endObject();
}

void writeNode(JsonWriter &w, const CausalNode &n)
{
    w.beginObject();
    writeRef(w, "id", n.id);
    writeEnum(w, "type", n.type);
    writeText(w, "label", n.label);
    writeText(w, "description", n.description);
    w.key("defenceState");
    if (n.defenceState)
        w.value(enumName(*n.defenceState));
    else
        w.null();
    w.key("rootCause");
    w.value(n.rootCause);
    writeText(w, "acceptedRisk", n.acceptedRisk);
    w.key("position");
    if (n.position) {
        w.beginObject();
        w.key("x");
        w.value(n.position->x());
        w.key("y");
        w.value(n.position->y());
        w.endObject();
    } else {
        w.null();
    }
    w.key("pinned");
    w.value(n.pinned);
    w.key("evidenceEvents");
    w.inlineArray(sortedIds(n.evidenceEvents));
    writeText(w, "note", n.note);
    w.endObject();
}

void writeLink(JsonWriter &w, const CausalLink &l)
{
    w.beginObject();
    writeRef(w, "id", l.id);
    writeRef(w, "from", l.from);
    writeRef(w, "to", l.to);
    writeEnum(w, "kind", l.kind);
    w.key("why");
    w.value(l.why);
    writeText(w, "note", l.note);
    w.endObject();
}

void writeAnswer(JsonWriter &w, const DifferentEngineerAnswer &a)
{
    w.beginObject();
    writeRef(w, "id", a.id);
    writeRef(w, "node", a.node);
    writeEnum(w, "answer", a.answer);
    writeRef(w, "defence", a.defence);
    writeText(w, "explanation", a.explanation);
    w.key("actions");
    w.inlineArray(sortedIds(a.actions));
    w.endObject();
}

void writeAction(JsonWriter &w, const CorrectiveAction &a)
{
    w.beginObject();
    writeRef(w, "id", a.id);
    writeText(w, "title", a.title);
    writeRef(w, "owner", a.owner);
    writeText(w, "ownerName", a.ownerName);
    w.key("due");
    if (a.due.isValid())
        w.value(a.due.toString(Qt::ISODate));
    else
        w.null();
    writeEnum(w, "priority", a.priority);
    writeEnum(w, "type", a.type);
    writeEnum(w, "nature", a.nature);
    writeEnum(w, "status", a.status);
    writeText(w, "tracker", a.tracker);
    w.key("addresses");
    w.inlineArray(sortedIds(a.addresses));
    w.endObject();
}

void writeLesson(JsonWriter &w, const Lesson &l)
{
    w.beginObject();
    writeRef(w, "id", l.id);
    writeEnum(w, "category", l.category);
    writeText(w, "text", l.text);
    w.endObject();
}

void writeEvidence(JsonWriter &w, const Evidence &e)
{
    w.beginObject();
    writeRef(w, "id", e.id);
    writeText(w, "title", e.title);
    writeEnum(w, "kind", e.kind);
    writeText(w, "language", e.language);
    writeText(w, "fileName", e.fileName);
    writeText(w, "text", e.text);
    writeText(w, "mediaType", e.mediaType);
    writeText(w, "data", QString::fromLatin1(e.data.toBase64()));
    w.key("events");
    w.inlineArray(sortedIds(e.events));
    w.key("nodes");
    w.inlineArray(sortedIds(e.nodes));
    w.endObject();
}

void writeAcknowledgement(JsonWriter &w, const Acknowledgement &a)
{
    w.beginObject();
    writeText(w, "check", a.checkId);
    writeEnum(w, "entity", a.entity.kind);
    w.key("id");
    switch (a.entity.kind) {
    case EntityKind::Document:
    case EntityKind::Incident:
        w.null();
        break;
    case EntityKind::Section:
        w.value(a.entity.key);
        break;
    default:
        w.value(qint64(a.entity.id));
        break;
    }
    writeText(w, "field", a.field);
    writeText(w, "reason", a.reason);
    w.endObject();
}

template<class T, class F>
void writeList(JsonWriter &w, const char *key, const QVector<T> &items, F writeOne)
{
    w.key(key);
    w.beginArray();
    for (const T &item : items)
        writeOne(w, item);
    w.endArray();
}

} // namespace

bool writeDocument(const Document &d, QIODevice *device)
{
    JsonWriter w(device);
    w.beginObject();
    writeText(w, "format", QStringLiteral("causeway"));
    w.key("version");
    w.value(CurrentFormatVersion);
    writeEnum(w, "template", d.templateId());
    w.key("incident");
    writeIncident(w, d.incident());
    writeList(w, "people", d.people(), writePerson);
    writeList(w, "timeline", d.events(), writeEvent);
    writeList(w, "nodes", d.nodes(), writeNode);
    writeList(w, "links", d.links(), writeLink);
    writeList(w, "differentEngineer", d.answers(), writeAnswer);
    writeList(w, "actions", d.actions(), writeAction);
    writeList(w, "lessons", d.lessons(), writeLesson);
    writeList(w, "evidence", d.evidence(), writeEvidence);
    w.key("sections");
    w.beginObject();
    const QMap<QString, QString> &sections = d.sections();
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        w.key(key.constData());
        w.value(it.value());
    }
    w.endObject();
    // Optional: written only when there is one, so files without any stay as they were.
    if (!d.acknowledgements().isEmpty())
        writeList(w, "acknowledgements", d.acknowledgements(), writeAcknowledgement);
    w.endObject();
    return w.finish();
}

QByteArray serializeDocument(const Document &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeDocument(document, &buffer);
    return bytes;
}

} // namespace causeway

namespace causeway {

namespace {

template<class T>
QByteArray serializeWith(const T &value, void (*writeOne)(JsonWriter &, const T &))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonWriter w(&buffer);
    writeOne(w, value);
    w.finish();
    return bytes;
}

} // namespace

template<>
QByteArray serializeEntity(const Incident &value)
{
    return serializeWith(value, writeIncident);
}
template<>
QByteArray serializeEntity(const Person &value)
{
    return serializeWith(value, writePerson);
}
template<>
QByteArray serializeEntity(const TimelineEvent &value)
{
    return serializeWith(value, writeEvent);
}
template<>
QByteArray serializeEntity(const CausalNode &value)
{
    return serializeWith(value, writeNode);
}
template<>
QByteArray serializeEntity(const CausalLink &value)
{
    return serializeWith(value, writeLink);
}
template<>
QByteArray serializeEntity(const DifferentEngineerAnswer &value)
{
    return serializeWith(value, writeAnswer);
}
template<>
QByteArray serializeEntity(const CorrectiveAction &value)
{
    return serializeWith(value, writeAction);
}
template<>
QByteArray serializeEntity(const Lesson &value)
{
    return serializeWith(value, writeLesson);
}
template<>
QByteArray serializeEntity(const Evidence &value)
{
    return serializeWith(value, writeEvidence);
}
template<>
QByteArray serializeEntity(const Acknowledgement &value)
{
    return serializeWith(value, writeAcknowledgement);
}

} // namespace causeway
