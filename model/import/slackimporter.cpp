// SPDX-License-Identifier: GPL-3.0-or-later
#include "slackimporter.h"

#include "jsonarraystream.h"
#include "jsonrecord.h"
#include "slackexport.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <initializer_list>

namespace causeway {

namespace {

constexpr qint64 ProgressEvery = 1 << 16;

/// What the index files say: people and channels by id, to turn `<@U…>` and `<#C…>` into names.
struct Directory
{
    QHash<QString, QString> users;
    QHash<QString, QString> channels;
};

/// A conversation of the export: its folder of day files and the tag its messages get.
struct Conversation
{
    QString folder;
    QString tag;
};

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate.trimmed();
    }
    return {};
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// users.json: `real_name`, else the profile's real or display name, else the account name.
QString personName(const QJsonObject &user)
{
    const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
    return firstNonEmpty({ text(user, "real_name"), text(profile, "real_name"), text(profile, "display_name"),
        text(user, "name") });
}

QString unescape(QString s)
{
    // Slack escapes only these three. "&amp;" goes last, so that "&amp;lt;" stays "&lt;".
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

/// One `<…>` of Slack's markup, without the brackets: a mention, a channel, a special or a link.
QString reference(const QString &inner, const Directory &directory)
{
    const int bar = inner.indexOf(QLatin1Char('|'));
    const QString target = bar < 0 ? inner : inner.left(bar);
    const QString label = bar < 0 ? QString() : unescape(inner.mid(bar + 1));
    if (target.startsWith(QLatin1Char('@'))) {
        const QString id = target.mid(1);
        QString name = directory.users.value(id);
        if (name.isEmpty())
            name = label.isEmpty() ? id : label;
        return name.startsWith(QLatin1Char('@')) ? name : QStringLiteral("@") + name;
    }
    if (target.startsWith(QLatin1Char('#'))) {
        const QString id = target.mid(1);
        const QString name = label.isEmpty() ? directory.channels.value(id, id) : label;
        return QStringLiteral("#") + name;
    }
    if (target.startsWith(QLatin1Char('!'))) {
        // <!here>, <!channel>, <!subteam^S0123|@db-oncall>, <!date^1776153842^{time}|10:24>.
        if (!label.isEmpty())
            return label;
        const QString what = target.mid(1);
        const int caret = what.indexOf(QLatin1Char('^'));
        return QStringLiteral("@") + (caret < 0 ? what : what.left(caret));
    }
    const QString url = unescape(target);
    if (label.isEmpty() || label == url)
        return url;
    if (url == QStringLiteral("mailto:") + label)
        return label;
    return label + QStringLiteral(" (") + url + QStringLiteral(")");
}

/// Slack's message markup as plain text: names for ids, labels with their links, no entities.
QString plainText(const QString &raw, const Directory &directory)
{
    QString out;
    int from = 0;
    while (from < raw.size()) {
        const int open = raw.indexOf(QLatin1Char('<'), from);
        const int close = open < 0 ? -1 : raw.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0) {
            out += unescape(raw.mid(from));
            break;
        }
        out += unescape(raw.mid(from, open - from));
        out += reference(raw.mid(open + 1, close - open - 1), directory);
        from = close + 1;
    }
    return out;
}

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return !s.isEmpty();
}

/// Slack's `ts`: seconds since the epoch (UTC), a dot and microseconds ("1776155042.190329").
Instant parseSlackTs(const QString &ts)
{
    const int dot = ts.indexOf(QLatin1Char('.'));
    const QString seconds = dot < 0 ? ts : ts.left(dot);
    const QString fraction = dot < 0 ? QString() : ts.mid(dot + 1);
    if (!allDigits(seconds) || seconds.size() > 11 ||
        (dot >= 0 && (!allDigits(fraction) || fraction.size() > 6)))
        return {};
    return fromEpochMicroseconds(
        seconds.toLongLong() * 1000000 + fraction.leftJustified(6, QLatin1Char('0')).toLongLong());
}

/// Whether a conversation's name can be used as a folder of the export without leaving it.
bool isFolderName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
        !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
        !name.contains(QLatin1Char(':'));
}

/// Reads \a device to its end: only then does a ZIP entry's checksum get verified.
void drain(QIODevice *device)
{
    char sink[1 << 14];
    while (device->read(sink, sizeof sink) > 0) { }
}

/**
 * Reads one of the index files (users.json, channels.json, ...), an array of objects, calling
 * \a each for every object. A broken element is skipped; a file broken as a whole is fatal, as
 * the export is then damaged: false, with \a error saying where.
 */
bool readIndex(const SlackExportFiles &files, const QString &path, const QString &expected,
    QVector<SkippedRecord> &skipped, const std::function<void(const QJsonObject &, qint64)> &each,
    QString *error)
{
    QString openError;
    const std::unique_ptr<QIODevice> device = files.openFile(path, &openError);
    if (!device) {
        *error = QStringLiteral("%1: %2").arg(path, openError);
        return false;
    }
    JsonArrayStream stream(device.get(), QByteArray());
    QByteArray bytes;
    qint64 line = 0;
    while (stream.next(&bytes, &line)) {
        QString reason;
        const QJsonObject object = parseJsonRecord(bytes, expected, &reason);
        if (!reason.isEmpty()) {
            skipped.append({ path, line, reason });
            continue;
        }
        each(object, line);
    }
    if (stream.errorMessage().isEmpty())
        drain(device.get());
    const QString failure = files.readFailure(*device);
    if (!failure.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, failure);
        return false;
    }
    if (!stream.errorMessage().isEmpty()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(stream.errorLine()).arg(stream.errorMessage());
        return false;
    }
    return true;
}

class SlackImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("slack"); }
    QString description() const override
    {
        return QCoreApplication::translate("causeway::Import", "Slack workspace export (ZIP or folder)");
    }
    QStringList filePatterns() const override { return { QStringLiteral("*.zip") }; }

    bool read(const QString &source, const ImportOptions &, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QString openError;
        const std::unique_ptr<SlackExportFiles> files = SlackExportFiles::openExport(source, &openError);
        if (!files) {
            *error = openError;
            return false;
        }
        const auto fatal = [&](const QString &message) {
            *error = QStringLiteral("%1: %2").arg(source, message);
            return false;
        };

        // Which conversations the export has; dms.json names them by id, the others by name.
        QStringList indexes;
        for (const char *index : { "channels.json", "groups.json", "mpims.json", "dms.json" }) {
            if (files->contains(QLatin1String(index)))
                indexes << QLatin1String(index);
        }
        if (indexes.isEmpty())
            return fatal(QCoreApplication::translate("causeway::Import",
                "not a Slack export: no channels.json (nor groups.json, mpims.json or dms.json)"));
        QString usersFile;
        for (const char *candidate : { "users.json", "org_users.json" }) {
            if (usersFile.isEmpty() && files->contains(QLatin1String(candidate)))
                usersFile = QLatin1String(candidate);
        }
        if (usersFile.isEmpty())
            return fatal(QCoreApplication::translate("causeway::Import",
                "not a complete Slack export: no users.json (or org_users.json) "
                "to name the authors of messages"));

        Directory directory;
        QString indexError;
        const bool usersRead = readIndex(
            *files, usersFile, QCoreApplication::translate("causeway::Import", "expected a user object"),
            out.skipped,
            [&](const QJsonObject &user, qint64 line) {
                const QString id = text(user, "id");
                if (id.isEmpty()) {
                    out.skipped.append({ usersFile, line,
                        QCoreApplication::translate("causeway::Import", "a user without \"id\"; left out") });
                    return;
                }
                const QString name = personName(user);
                directory.users.insert(id, name.isEmpty() ? id : name);
            },
            &indexError);
        if (!usersRead)
            return fatal(indexError);

        QVector<Conversation> conversations;
        QSet<QString> listed;
        for (const QString &index : indexes) {
            const bool direct = index == QLatin1String("dms.json");
            const bool indexRead = readIndex(
                *files, index,
                QCoreApplication::translate("causeway::Import", "expected a conversation object"),
                out.skipped,
                [&](const QJsonObject &conversation, qint64 line) {
                    const QString id = text(conversation, "id");
                    const QString channelName = text(conversation, "name");
                    const QString folder = direct || channelName.isEmpty() ? id : channelName;
                    if (folder.isEmpty()) {
                        out.skipped.append({ index, line,
                            QCoreApplication::translate(
                                "causeway::Import", "a conversation without \"name\" or \"id\"; left out") });
                        return;
                    }
                    // Names become paths inside the export: one must never lead out of it.
                    if (!isFolderName(folder)) {
                        out.skipped.append({ index, line,
                            QCoreApplication::translate(
                                "causeway::Import", "\"%1\" is not a folder name; left out")
                                .arg(folder) });
                        return;
                    }
                    if (!id.isEmpty() && !channelName.isEmpty())
                        directory.channels.insert(id, channelName);
                    if (listed.contains(folder))
                        return;
                    listed.insert(folder);
                    conversations.append(
                        { folder, direct ? QStringLiteral("dm:") + folder : QStringLiteral("#") + folder });
                },
                &indexError);
            if (!indexRead)
                return fatal(indexError);
        }

        for (const QString &path : files->unsafePaths())
            out.skipped.append({ path, 0,
                QCoreApplication::translate(
                    "causeway::Import", "a path that leads out of the export; left out") });
        for (const QString &folder : files->folders()) {
            if (!listed.contains(folder) && !files->dayFiles(folder).isEmpty())
                out.skipped.append({ folder + QLatin1Char('/'), 0,
                    QCoreApplication::translate("causeway::Import",
                        "a folder of messages that no channels.json, groups.json, mpims.json or "
                        "dms.json lists; left out") });
        }

        qint64 total = 0;
        for (const Conversation &conversation : conversations) {
            for (const QString &path : files->dayFiles(conversation.folder))
                total += files->size(path);
        }
        qint64 done = 0;
        qint64 lastReport = 0;
        int joinsAndLeaves = 0;
        for (const Conversation &conversation : conversations) {
            for (const QString &path : files->dayFiles(conversation.folder)) {
                if (progress.isCanceled())
                    return fatal(QCoreApplication::translate("causeway::Import", "import canceled"));
                const std::unique_ptr<QIODevice> device = files->openFile(path, &openError);
                if (!device) {
                    out.skipped.append({ path, 0,
                        openError +
                            QCoreApplication::translate(
                                "causeway::Import", "; the day's messages are left out") });
                    done += files->size(path);
                    continue;
                }
                const int eventsBefore = out.events.size();
                const int skippedBefore = out.skipped.size();
                int dayJoinsAndLeaves = 0;
                JsonArrayStream stream(device.get(), QByteArray());
                QByteArray bytes;
                qint64 line = 0;
                while (stream.next(&bytes, &line)) {
                    if (progress.isCanceled())
                        return fatal(QCoreApplication::translate("causeway::Import", "import canceled"));
                    if (done + stream.bytesRead() - lastReport >= ProgressEvery) {
                        lastReport = done + stream.bytesRead();
                        progress.report(lastReport, total);
                    }
                    readMessage(bytes, conversation, path, line, directory, out, &dayJoinsAndLeaves);
                }
                if (stream.errorMessage().isEmpty())
                    drain(device.get());
                const QString failure = files->readFailure(*device);
                if (!failure.isEmpty()) {
                    // Corrupt or oversized: what was read of the day may be damaged too.
                    out.events.resize(eventsBefore);
                    out.skipped.resize(skippedBefore);
                    out.skipped.append({ path, 0,
                        failure +
                            QCoreApplication::translate(
                                "causeway::Import", "; the day's messages are left out") });
                } else {
                    joinsAndLeaves += dayJoinsAndLeaves;
                    if (!stream.errorMessage().isEmpty())
                        out.skipped.append({ path, stream.errorLine(), stream.errorMessage() });
                }
                done += files->size(path);
            }
        }
        progress.report(total, total);
        if (joinsAndLeaves > 0)
            out.assumptions << (joinsAndLeaves == 1
                    ? QCoreApplication::translate("causeway::Import", "%1: 1 join/leave message left out")
                          .arg(QFileInfo(source).fileName())
                    : QCoreApplication::translate("causeway::Import", "%1: %2 join/leave messages left out")
                          .arg(QFileInfo(source).fileName())
                          .arg(joinsAndLeaves));
        result.append(out);
        return true;
    }

private:
    void readMessage(const QByteArray &bytes, const Conversation &conversation, const QString &path,
        qint64 line, const Directory &directory, ImportBatch &out, int *joinsAndLeaves) const
    {
        const auto skip = [&](const QString &reason) {
            out.skipped.append({ path, line, reason });
        };
        QString reason;
        const QJsonObject m = parseJsonRecord(
            bytes, QCoreApplication::translate("causeway::Import", "expected a message object"), &reason);
        if (!reason.isEmpty())
            return skip(reason);
        const QJsonValue type = m.value(QLatin1String("type"));
        if (!type.isUndefined() && type.toString() != QLatin1String("message"))
            return skip(
                QCoreApplication::translate("causeway::Import", "\"type\": expected \"message\"; left out"));
        const QString subtype = text(m, "subtype");
        if (subtype == QLatin1String("channel_join") || subtype == QLatin1String("channel_leave") ||
            subtype == QLatin1String("group_join") || subtype == QLatin1String("group_leave")) {
            // Who entered a channel when is noise in a timeline; counted, not listed one by one.
            ++*joinsAndLeaves;
            return;
        }
        for (const char *key : { "text", "user", "thread_ts", "username" }) {
            const QJsonValue value = m.value(QLatin1String(key));
            if (!value.isUndefined() && !value.isNull() && !value.isString())
                return skip(QStringLiteral("\"%1\": expected a string").arg(QLatin1String(key)));
        }
        const QJsonValue tsValue = m.value(QLatin1String("ts"));
        if (!tsValue.isString())
            return skip(QCoreApplication::translate(
                "causeway::Import", "\"ts\": expected a string such as \"1776155042.190329\""));
        const QString ts = tsValue.toString();
        TimelineEvent e;
        e.time = parseSlackTs(ts);
        if (!e.time.isValid())
            return skip(QCoreApplication::translate("causeway::Import",
                "\"ts\": expected seconds.microseconds such as \"1776155042.190329\", got \"%1\"")
                            .arg(ts.left(40)));

        e.text = plainText(text(m, "text"), directory).trimmed();
        if (e.text.isEmpty()) {
            // Integrations (alerting, paging, CI) often post attachments and no text.
            QStringList parts;
            for (const QJsonValue attachment : m.value(QLatin1String("attachments")).toArray()) {
                const QJsonObject a = attachment.toObject();
                QString part = text(a, "fallback");
                if (part.trimmed().isEmpty()) {
                    const QString title = text(a, "title").trimmed();
                    const QString body = text(a, "text").trimmed();
                    part = title.isEmpty() || body.isEmpty() ? QString(title + body)
                                                             : QString(title + QStringLiteral(": ") + body);
                }
                part = plainText(part, directory).trimmed();
                if (!part.isEmpty())
                    parts << part;
            }
            e.text = parts.join(QLatin1Char('\n'));
        }
        QStringList shared;
        for (const QJsonValue file : m.value(QLatin1String("files")).toArray()) {
            const QString fileName =
                firstNonEmpty({ text(file.toObject(), "title"), text(file.toObject(), "name") });
            if (!fileName.isEmpty())
                shared << QStringLiteral("[file: %1]").arg(fileName);
        }
        if (!shared.isEmpty())
            e.text = QString(e.text + QLatin1Char(' ') + shared.join(QLatin1Char(' '))).trimmed();
        if (e.text.isEmpty())
            return skip(QCoreApplication::translate(
                "causeway::Import", "a message without text, attachments or files; left out"));

        const QString userId = text(m, "user");
        const QJsonObject profile = m.value(QLatin1String("user_profile")).toObject();
        e.actor = firstNonEmpty({ directory.users.value(userId), text(profile, "real_name"),
            text(profile, "display_name"), text(m, "username"),
            text(m.value(QLatin1String("bot_profile")).toObject(), "name"), userId });

        e.tags << conversation.tag;
        const QString threadTs = text(m, "thread_ts");
        if (!threadTs.isEmpty()) {
            // Parent and replies share the tag, so that a thread can be shown together.
            e.tags << QStringLiteral("thread:") + threadTs;
            if (threadTs != ts)
                e.text = QStringLiteral("↳ ") + e.text;
        }
        e.kind = EventKind::Communication;
        e.source.type = SourceType::Imported;
        e.source.format = name();
        e.source.file = path;
        e.source.line = line;
        out.events.append(std::move(e));
    }
};

} // namespace

std::unique_ptr<Importer> makeSlackImporter()
{
    return std::make_unique<SlackImporter>();
}

} // namespace causeway
