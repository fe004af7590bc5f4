// SPDX-License-Identifier: GPL-3.0-or-later
#include "k8seventsimporter.h"

#include "jsonarraystream.h"
#include "jsonrecord.h"
#include "memorylimits.h"
#include "textdecoding.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace causeway {

namespace {

constexpr qint64 ProgressEvery = 1 << 16;
/// A file that is one Event is read whole; anything this large is no single Event.
constexpr qint64 MaxSingleEvent = limits::ImportJsonDocument;

/// The field names of one of the two shapes of an Event.
struct Shape
{
    const char *involved;
    const char *message;
    const char *source;
    const char *first;
    const char *last;
    const char *count;
    const char *reporting;
};
constexpr Shape CoreShape { "involvedObject", "message", "source", "firstTimestamp", "lastTimestamp", "count",
    "reportingComponent" };
constexpr Shape EventsApiShape { "regarding", "note", "deprecatedSource", "deprecatedFirstTimestamp",
    "deprecatedLastTimestamp", "deprecatedCount", "reportingController" };

QString expectedOutput()
{
    return QCoreApplication::translate(
        "causeway::Import", "expected the output of kubectl get events -o json");
}

/// What an item is, when it is plainly not an Event (a Pod of `kubectl get pods`); empty otherwise.
QString notAnEvent(const QJsonValue &item)
{
    if (!item.isObject())
        return shownJsonValue(item);
    const QJsonObject o = item.toObject();
    const QJsonValue kind = o.value(QLatin1String("kind"));
    if (!kind.isUndefined() && kind != QJsonValue(QStringLiteral("Event")))
        return QStringLiteral("kind %1").arg(shownJsonValue(kind));
    if (kind.isUndefined() && !o.contains(QLatin1String("involvedObject")) &&
        !o.contains(QLatin1String("regarding")))
        return QCoreApplication::translate("causeway::Import", "an object without \"involvedObject\"");
    return {};
}

/**
 * Typed access to the fields of one object of an Event. A field that is absent or null reads as
 * empty; one of the wrong type sets \a problem (the first problem is kept) and reads as empty.
 */
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &path, QString *problem)
        : m_object(object)
        , m_path(path)
        , m_problem(problem)
    { }

    QString string(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, QStringLiteral("expected a string, got %1").arg(shownJsonValue(v)));
        return v.toString();
    }

    QJsonObject object(const char *key, bool *present = nullptr) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (present)
            *present = !v.isUndefined() && !v.isNull();
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key,
                QCoreApplication::translate("causeway::Import", "expected an object, got %1")
                    .arg(shownJsonValue(v)));
        return v.toObject();
    }

    int count(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 2147483647.0 || d != double(qint64(d))) {
            fail(key,
                QCoreApplication::translate("causeway::Import", "expected a whole number, got %1")
                    .arg(shownJsonValue(v)));
            return 0;
        }
        return int(d);
    }

    Instant time(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        bool noZone = false;
        const Instant t = v.isString() ? parseLogTimestamp(v.toString(), QTimeZone(), &noZone) : Instant();
        if (noZone)
            fail(key,
                QCoreApplication::translate(
                    "causeway::Import", "%1 has no zone offset; Kubernetes writes times in UTC with \"Z\"")
                    .arg(shownJsonValue(v)));
        else if (!t.isValid())
            fail(key,
                QCoreApplication::translate("causeway::Import", "expected an RFC 3339 timestamp, got %1")
                    .arg(shownJsonValue(v)));
        return t;
    }

private:
    void fail(const char *key, const QString &what) const
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("\"%1%2\": %3").arg(m_path, QLatin1String(key), what);
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_problem;
};

/// The event of one Kubernetes Event object, or \a reason set to why it is left out.
TimelineEvent eventOf(const QJsonObject &o, QString *reason)
{
    TimelineEvent e;
    const bool eventsApi = o.contains(QLatin1String("regarding")) || o.contains(QLatin1String("note")) ||
        o.value(QLatin1String("apiVersion")).toString().startsWith(QLatin1String("events.k8s.io/"));
    const Shape &shape = eventsApi ? EventsApiShape : CoreShape;
    const QString involvedKey = QLatin1String(shape.involved);

    QString problem;
    const Fields event(o, QString(), &problem);
    const Fields metadata(event.object("metadata"), QStringLiteral("metadata."), &problem);
    bool hasInvolved = false;
    const Fields involved(
        event.object(shape.involved, &hasInvolved), involvedKey + QLatin1Char('.'), &problem);
    const QString kind = involved.string("kind");
    const QString name = involved.string("name");
    const QString involvedNamespace = involved.string("namespace");
    const QString why = event.string("reason");
    const QString message = event.string(shape.message).trimmed();
    const QString type = event.string("type");
    const Fields source(event.object(shape.source), QLatin1String(shape.source) + QLatin1Char('.'), &problem);
    const QString component = source.string("component");
    const QString host = source.string("host");
    const QString reporting = event.string(shape.reporting);
    const Fields series(event.object("series"), QStringLiteral("series."), &problem);
    const int count = std::max(event.count(shape.count), series.count("count"));
    const Instant eventTime = event.time("eventTime");
    const Instant first = event.time(shape.first);
    const Instant last = event.time(shape.last);
    const Instant lastObserved = series.time("lastObservedTime");
    const Instant created = metadata.time("creationTimestamp");
    const QString eventNamespace = metadata.string("namespace");
    if (!problem.isEmpty()) {
        *reason = problem;
        return e;
    }
    if (!hasInvolved) {
        *reason = QCoreApplication::translate("causeway::Import", "no \"%1\": the object the event is about")
                      .arg(involvedKey);
        return e;
    }
    if (kind.isEmpty() && name.isEmpty()) {
        *reason = QStringLiteral("\"%1\": no \"kind\" or \"name\"").arg(involvedKey);
        return e;
    }
    if (why.isEmpty() && message.isEmpty()) {
        *reason = QStringLiteral("no \"reason\" or \"%1\"").arg(QLatin1String(shape.message));
        return e;
    }
    if (type == QLatin1String("Warning")) {
        e.kind = EventKind::Alert;
    } else if (type.isEmpty() || type == QLatin1String("Normal")) {
        e.kind = EventKind::Observation;
    } else {
        *reason = QStringLiteral("\"type\": expected \"Normal\" or \"Warning\", got \"%1\"").arg(type);
        return e;
    }

    e.time = eventTime.isValid() ? eventTime : first.isValid() ? first : created;
    if (!e.time.isValid()) {
        *reason = QCoreApplication::translate("causeway::Import",
            "no time: \"eventTime\", \"%1\" and \"metadata.creationTimestamp\" are all "
            "missing")
                      .arg(QLatin1String(shape.first));
        return e;
    }
    const Instant lastSeen = last.isValid() ? last : lastObserved;
    if (count > 1 && lastSeen.isValid() && e.time < lastSeen)
        e.end = lastSeen;

    const QString subject = kind.isEmpty() ? name : name.isEmpty() ? kind : kind + QLatin1Char('/') + name;
    QStringList parts;
    if (!why.isEmpty())
        parts << why;
    parts << subject;
    if (!message.isEmpty())
        parts << message;
    e.text = parts.join(QStringLiteral(": "));
    if (count > 1)
        e.text += QStringLiteral(" (\u00d7%1)").arg(count);

    const QString actor = component.isEmpty() ? reporting : component;
    e.actor = host.isEmpty() ? actor : actor.isEmpty() ? host : actor + QLatin1Char('@') + host;

    for (const QString &tag : { eventNamespace.isEmpty() ? involvedNamespace : eventNamespace, why, kind }) {
        if (!tag.isEmpty() && !e.tags.contains(tag))
            e.tags << tag;
    }
    return e;
}

class K8sEventsImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("k8s-events"); }
    QString description() const override
    {
        return QCoreApplication::translate(
            "causeway::Import", "Kubernetes events (kubectl get events -o json)");
    }
    QStringList filePatterns() const override { return { QStringLiteral("*.json") }; }

    bool read(const QString &source, const ImportOptions &, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QByteArray start = file.peek(3);
        if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
            *error = QCoreApplication::translate("causeway::Import",
                "%1: the file is UTF-16; kubectl writes UTF-8 (was it saved through a "
                "PowerShell redirection?)")
                         .arg(source);
            return false;
        }
        const qint64 byteOrderMark = start == "\xEF\xBB\xBF" ? 3 : 0;
        file.seek(byteOrderMark);
        const QString shownFile = QFileInfo(source).fileName();
        const qint64 total = file.size();

        JsonArrayStream stream(&file, QByteArrayLiteral("items"));
        qint64 items = 0;
        qint64 notEvents = 0;
        QString firstNotEvent;
        qint64 lastReport = 0;
        QByteArray element;
        qint64 line = 0;
        while (stream.next(&element, &line)) {
            if (progress.isCanceled()) {
                *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
                return false;
            }
            const qint64 done = byteOrderMark + stream.bytesRead();
            if (done - lastReport >= ProgressEvery) {
                lastReport = done;
                progress.report(done, total);
            }
            ++items;
            const QString what = readItem(element, line, shownFile, out);
            if (!what.isEmpty()) {
                ++notEvents;
                if (firstNotEvent.isEmpty())
                    firstNotEvent = what;
            }
        }
        if (progress.isCanceled()) {
            *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
            return false;
        }
        if (!stream.foundArray())
            return readSingleEvent(file, byteOrderMark, source, shownFile, out, result, progress, error);
        if (!stream.errorMessage().isEmpty()) {
            out.skipped.append({ shownFile, stream.errorLine(),
                stream.errorMessage() +
                    QCoreApplication::translate("causeway::Import", "; the rest of the file is left out") });
        }
        if (items > 0 && notEvents == items) {
            *error = QCoreApplication::translate("causeway::Import",
                "%1: not the output of kubectl get events -o json: the items are not Events "
                "(the first is %2)")
                         .arg(source, firstNotEvent);
            return false;
        }
        progress.report(total, total);
        result.append(out);
        return true;
    }

private:
    /**
     * Adds the event of one item (or the reason it is skipped) to \a out. Returns what the item is
     * when it is plainly no Event, for telling a file of Events from, say, a list of Pods.
     */
    QString readItem(const QByteArray &bytes, qint64 line, const QString &shownFile, ImportBatch &out) const
    {
        auto skip = [&](const QString &reason) {
            out.skipped.append({ shownFile, line, reason });
        };
        if (!decodeUtf8Strict(bytes)) {
            skip(QCoreApplication::translate("causeway::Import", "not valid UTF-8"));
            return {};
        }
        // Wrapped in an array because Qt 5 parses nothing but objects and arrays at the top.
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(QByteArray(1, '[') + bytes + ']', &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int offset = std::max(0, int(parseError.offset) - 1);
            skip(QCoreApplication::translate("causeway::Import", "not valid JSON (%1 at line %2)")
                     .arg(parseError.errorString())
                     .arg(line + bytes.left(offset).count('\n')));
            return {};
        }
        const QJsonValue item = json.array().at(0);
        const QString what = notAnEvent(item);
        if (!what.isEmpty()) {
            skip(QCoreApplication::translate("causeway::Import", "expected an Event, got %1").arg(what));
            return what;
        }
        QString reason;
        TimelineEvent e = eventOf(item.toObject(), &reason);
        if (!reason.isEmpty()) {
            skip(reason);
            return {};
        }
        e.source.type = SourceType::Imported;
        e.source.format = name();
        e.source.file = shownFile;
        e.source.line = line;
        out.events.append(std::move(e));
        return {};
    }

    /// The file is no List: `kubectl get event NAME -o json` writes one Event on its own.
    bool readSingleEvent(QFile &file, qint64 byteOrderMark, const QString &source, const QString &shownFile,
        ImportBatch &out, ImportBatch &result, const ImportProgress &progress, QString *error) const
    {
        if (file.size() > MaxSingleEvent) {
            *error =
                QCoreApplication::translate("causeway::Import", "%1: no \"items\" in a file of %2 MiB; %3")
                    .arg(source)
                    .arg(file.size() >> 20)
                    .arg(expectedOutput());
            return false;
        }
        file.seek(byteOrderMark);
        const QByteArray bytes = file.readAll();
        if (bytes.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("causeway::Import", "%1: the file is empty; %2")
                         .arg(source, expectedOutput());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = QCoreApplication::translate("causeway::Import", "%1: not valid JSON (%2 at line %3); %4")
                         .arg(source, parseError.errorString())
                         .arg(1 + bytes.left(parseError.offset).count('\n'))
                         .arg(expectedOutput());
            return false;
        }
        const QJsonObject o = json.object();
        QString problem;
        if (!json.isObject())
            problem = QCoreApplication::translate(
                "causeway::Import", "expected a List object with \"items\", got an array");
        else if (o.contains(QLatin1String("items")))
            problem = QCoreApplication::translate("causeway::Import", "\"items\": expected an array, got %1")
                          .arg(shownJsonValue(o.value(QLatin1String("items"))));
        else if (!notAnEvent(o).isEmpty())
            problem = QCoreApplication::translate(
                "causeway::Import", "expected a List with \"items\" or one Event, got %1")
                          .arg(notAnEvent(o));
        if (!problem.isEmpty()) {
            *error = QCoreApplication::translate(
                "causeway::Import", "%1: not the output of kubectl get events -o json: %2")
                         .arg(source, problem);
            return false;
        }
        int firstByte = 0;
        while (firstByte < bytes.size() && QByteArrayLiteral(" \t\r\n").contains(bytes.at(firstByte)))
            ++firstByte;
        readItem(bytes, 1 + bytes.left(firstByte).count('\n'), shownFile, out);
        progress.report(file.size(), file.size());
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeK8sEventsImporter()
{
    return std::make_unique<K8sEventsImporter>();
}

} // namespace causeway
