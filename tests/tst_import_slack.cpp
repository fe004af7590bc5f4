// SPDX-License-Identifier: GPL-3.0-or-later
// The Slack importer on a workspace export of the sample incident (data/import/slack/export/ and
// the same as export.zip, packed by Info-ZIP): names for user ids, Slack's markup as plain text,
// threads, joins and leaves. Then broken and hostile exports, written by the test itself with
// libzip: every row either skips what is broken with its reason or, when the export as a whole
// cannot be read, fails with the batch left exactly as it was.
#include "import/importers.h"
#include "importtesting.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace causeway;
using namespace causeway::testing;

namespace {

using ExportFiles = QMap<QString, QByteArray>;

const Importer &importer()
{
    const Importer *found = importerNamed(QStringLiteral("slack"));
    Q_ASSERT(found);
    return *found;
}

QString fixtureFolder()
{
    return QFINDTESTDATA("data/import/slack/export");
}

/// Every file of the export folder by its path inside the export.
ExportFiles fixtureFiles()
{
    ExportFiles files;
    const QDir root(fixtureFolder());
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path), readFile(path));
    }
    return files;
}

bool writeFolder(const QString &root, const ExportFiles &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(root + QLatin1Char('/') + it.key(), it.value()))
            return false;
    }
    return true;
}

/// Writes \a files as a ZIP file with folder entries, as Slack's export has them; all of it
/// inside the folder \a prefix when given ("Acme export/").
bool writeZip(const QString &path, const ExportFiles &files, const QString &prefix = QString())
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    QStringList folders;
    if (!prefix.isEmpty())
        folders << prefix;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const int slash = it.key().lastIndexOf(QLatin1Char('/'));
        const QString folder = prefix + it.key().left(slash + 1);
        if (slash > 0 && !it.key().startsWith(QLatin1Char('/')) &&
            !it.key().startsWith(QLatin1String("..")) && !folders.contains(folder)) {
            folders << folder;
            if (zip_dir_add(archive, folder.toUtf8().constData(), ZIP_FL_ENC_UTF_8) < 0)
                return false;
        }
        // The bytes stay alive in `files` until zip_close() has written them.
        zip_source_t *source =
            zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!source ||
            zip_file_add(archive, (prefix + it.key()).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

void put32(QByteArray &bytes, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

quint16 get16(const QByteArray &bytes, int at)
{
    return quint16(quint8(bytes.at(at)) | (quint8(bytes.at(at + 1)) << 8));
}

/// Where the local header of \a name starts, or -1.
int localHeader(const QByteArray &zipBytes, const QByteArray &name)
{
    for (int at = zipBytes.indexOf("PK\x03\x04"); at >= 0; at = zipBytes.indexOf("PK\x03\x04", at + 4)) {
        if (zipBytes.mid(at + 30, get16(zipBytes, at + 26)) == name)
            return at;
    }
    return -1;
}

/// Makes the archive claim that \a name unpacks to \a size bytes, as a ZIP bomb's entry does,
/// in the local header and the central directory alike (so that the archive stays consistent).
bool declareSize(QByteArray &zipBytes, const QByteArray &name, quint32 size)
{
    const int local = localHeader(zipBytes, name);
    if (local < 0)
        return false;
    put32(zipBytes, local + 22, size);
    for (int at = zipBytes.indexOf("PK\x01\x02"); at >= 0; at = zipBytes.indexOf("PK\x01\x02", at + 4)) {
        if (zipBytes.mid(at + 46, get16(zipBytes, at + 28)) == name) {
            put32(zipBytes, at + 24, size);
            return true;
        }
    }
    return false;
}

/// Flips bytes in the middle of \a name's compressed data: the damage a bad download does.
bool corruptData(QByteArray &zipBytes, const QByteArray &name)
{
    const int local = localHeader(zipBytes, name);
    if (local < 0)
        return false;
    const int data = local + 30 + get16(zipBytes, local + 26) + get16(zipBytes, local + 28);
    const int compressed = int(quint8(zipBytes.at(local + 18)) | (quint8(zipBytes.at(local + 19)) << 8));
    for (int i = compressed / 3; i < compressed / 3 + 8; ++i)
        zipBytes[data + i] = char(zipBytes.at(data + i) ^ 0x5a);
    return true;
}

enum class Container { Folder, Zip };
enum class Damage { None, EmptyFile, NotZip, Truncated, HugeEntry, CorruptEntry };

/// A change to the fixture export: replace (or add) a file, or remove it (null bytes).
struct Edit
{
    QString path;
    QByteArray bytes;
};
using Edits = QVector<Edit>;

} // namespace

Q_DECLARE_METATYPE(Container)
Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(Edits)

class TestImportSlack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registered();
    void events_data();
    void events();
    void wholeExport_data();
    void wholeExport();
    void malformed_data();
    void malformed();
    void missingSource();
    void progressAndCancel_data();
    void progressAndCancel();
};

void TestImportSlack::registered()
{
    QCOMPARE(importer().name(), QStringLiteral("slack"));
    QVERIFY(!importer().description().isEmpty());
    QCOMPARE(importer().filePatterns(), QStringList { QStringLiteral("*.zip") });
}

void TestImportSlack::events_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("usecs");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");

    // Conversations in the order of channels.json, then groups.json; days and messages in order.
    const QString incidents = QStringLiteral("incidents/2026-04-14.json");
    const QString inc = QStringLiteral("inc-2026-0412/2026-04-14.json");
    const QStringList thread { QStringLiteral("#incidents"), QStringLiteral("thread:1776155042.190329") };
    const QStringList incTag { QStringLiteral("#inc-2026-0412") };
    QTest::newRow("Slack Connect user, named by user_profile")
        << 0 << qint64(1776154650250000) << QStringLiteral("2026-04-14T08:17:30.250Z")
        << QStringLiteral("Nadia Haddad")
        << QStringLiteral(
               "First customers report error pages on order history and checkout confirmation (3 tickets "
               "so far).")
        << QStringList { QStringLiteral("#incidents") } << incidents << qint64(9);
    QTest::newRow("thread parent: @here, &amp;, labelled link")
        << 1 << qint64(1776155042190329) << QStringLiteral("2026-04-14T08:24:02.190329Z")
        << QStringLiteral("Léa Martin")
        << QStringLiteral(
               "@here 23 tickets in 7 minutes about error pages after checkout & on order history. Is a "
               "deploy running? Ticket view (https://support.example.com/views/4411)")
        << thread << incidents << qint64(28);
    QTest::newRow("reply: account name of a deleted user, &lt; &gt;")
        << 2 << qint64(1776155140000100) << QStringLiteral("2026-04-14T08:25:40.000100Z")
        << QStringLiteral("mateo.fernandez")
        << QStringLiteral(
               "↳ Yes: deploy 5534 of orders-api finished at 10:14 with 1 warning <on_timeout=continue>")
        << thread << incidents << qint64(93);
    QTest::newRow("reply: user and channel mentions")
        << 3 << qint64(1776155251552000) << QStringLiteral("2026-04-14T08:27:31.552Z")
        << QStringLiteral("Amara Okafor")
        << QStringLiteral("↳ @Léa Martin thanks, on it. Moving to #inc-2026-0412") << thread << incidents
        << qint64(103);
    QTest::newRow("bot attachment: title and text")
        << 4 << qint64(1776097200120000) << QStringLiteral("2026-04-13T16:20:00.120Z")
        << QStringLiteral("Grafana")
        << QStringLiteral(
               "[FIRING:1] OrdersDbLatencyHigh orders-db (warning): p95 query latency 38 ms for 15 minutes "
               "(threshold 25 ms)")
        << QStringList { QStringLiteral("#orders-db-alerts") }
        << QStringLiteral("orders-db-alerts/2026-04-13.json") << qint64(2);
    QTest::newRow("&gt; and a bare link")
        << 5 << qint64(1776155270004000) << QStringLiteral("2026-04-14T08:27:50.004Z")
        << QStringLiteral("Amara Okafor")
        << QStringLiteral("Page for orders-api 5xx > 15 % acknowledged. Support thread: "
                          "https://acme.slack.com/archives/C07INCIDNTS/p1776155042190329")
        << incTag << inc << qint64(16);
    QTest::newRow("profile real name, mention")
        << 6 << qint64(1776155500000000) << QStringLiteral("2026-04-14T08:31:40Z")
        << QStringLiteral("Jonas Weber")
        << QStringLiteral("Declaring SEV2, I am IC. @Priya Raman can you check migration 0147 on orders-db?")
        << incTag << inc << qint64(24);
    QTest::newRow("shared file") << 7 << qint64(1776155772000000) << QStringLiteral("2026-04-14T08:36:12Z")
                                 << QStringLiteral("Priya Raman")
                                 << QStringLiteral(
                                        "Confirmed: half-migrated schema. Backfill stopped at 22 %, no NOT "
                                        "NULL, no index, no row for 0147 in schema_migrations. [file: "
                                        "orders-db schema check]")
                                 << incTag << inc << qint64(32);
    QTest::newRow("mailto link")
        << 8 << qint64(1776156060000000) << QStringLiteral("2026-04-14T08:41:00Z")
        << QStringLiteral("Jonas Weber")
        << QStringLiteral("Decision: roll orders-api back to 2026.04.13-1, finish 0147 by hand, "
                          "then redeploy. Mail: orders-team@example.com")
        << incTag << inc << qint64(52);
    QTest::newRow("bot attachment fallback, username")
        << 9 << qint64(1776156595000000) << QStringLiteral("2026-04-14T08:49:55Z")
        << QStringLiteral("deploy-bot")
        << QStringLiteral("Rollback of orders-api to 2026.04.13-1 complete: 24/24 pods ready") << incTag
        << inc << qint64(60);
    QTest::newRow("display name only, channel mention without label")
        << 10 << qint64(1776156720000000) << QStringLiteral("2026-04-14T08:52:00Z") << QStringLiteral("sofia")
        << QStringLiteral("Status page updated; support informed in #incidents.") << incTag << inc
        << qint64(76);
    QTest::newRow("private channel (groups.json), user group mention")
        << 11 << qint64(1776155525000000) << QStringLiteral("2026-04-14T08:32:05Z")
        << QStringLiteral("Jonas Weber")
        << QStringLiteral("@dba-oncall heads-up: possible schema problem on orders-db after deploy 5534")
        << QStringList { QStringLiteral("#orders-oncall") } << QStringLiteral("orders-oncall/2026-04-14.json")
        << qint64(2);
}

void TestImportSlack::events()
{
    QFETCH(int, index);
    QFETCH(qint64, usecs);
    QFETCH(QString, time);
    QFETCH(QString, actor);
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QString, file);
    QFETCH(qint64, line);

    const ReadOutcome read = readSource(importer(), fixtureFolder());
    QVERIFY2(read.ok, qPrintable(read.error));
    const QVector<TimelineEvent> events = read.added().events;
    QVERIFY(index < events.size());
    const TimelineEvent &e = events.at(index);
    QCOMPARE(e.time.utcMicroseconds(), usecs);
    QCOMPARE(e.time.offsetSeconds(), 0); // Slack's ts is UTC
    QCOMPARE(e.time.toRfc3339(), time);
    QVERIFY(!e.end.isValid());
    QCOMPARE(e.kind, EventKind::Communication);
    QCOMPARE(e.actor, actor);
    QVERIFY(!e.person.isValid());
    QCOMPARE(e.text, text);
    QCOMPARE(e.tags, tags);
    QCOMPARE(e.flags, EventFlags());
    QCOMPARE(e.source.type, SourceType::Imported);
    QCOMPARE(e.source.format, QStringLiteral("slack"));
    QCOMPARE(e.source.file, file);
    QCOMPARE(e.source.line, line);
}

void TestImportSlack::wholeExport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("ZIP packed by Info-ZIP") << QStringLiteral("export.zip");
    QTest::newRow("ZIP packed by libzip") << QStringLiteral("libzip");
    QTest::newRow("ZIP with everything in one folder") << QStringLiteral("prefix");
}

void TestImportSlack::wholeExport()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString source = fixtureFolder();
    if (kind == QLatin1String("export.zip")) {
        source = QFINDTESTDATA("data/import/slack/export.zip");
    } else if (kind == QLatin1String("libzip")) {
        source = dir.filePath(QStringLiteral("acme.zip"));
        QVERIFY(writeZip(source, fixtureFiles()));
    } else if (kind == QLatin1String("prefix")) {
        source = dir.filePath(QStringLiteral("acme.zip"));
        QVERIFY(writeZip(source, fixtureFiles(), QStringLiteral("Acme Slack export Apr 14 2026/")));
    }
    const ReadOutcome read = readSource(importer(), source);
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QCOMPARE(skippedLines(added), QStringList());
    // A join and a leave in #incidents, two joins in #inc-2026-0412: counted, not imported.
    QCOMPARE(added.assumptions,
        QStringList { QFileInfo(source).fileName() + QStringLiteral(": 4 join/leave messages left out") });
    QCOMPARE(added.events.size(), 12);
    // Whatever holds the export, the events are the same, down to file and line.
    const ReadOutcome folder = readSource(importer(), fixtureFolder());
    QVERIFY(sameEvents(added.events, folder.added().events));
}

void TestImportSlack::malformed_data()
{
    QTest::addColumn<Container>("container");
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("damaged"); ///< the entry a damage applies to
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QStringList>("expected"); ///< the fatal error after "<source>: ", or the skipped records
    QTest::addColumn<int>("events");

    const ExportFiles fixture = fixtureFiles();
    const QString oncall = QStringLiteral("orders-oncall/2026-04-14.json");
    auto fatal = [](const char *name, Container container, const Edits &edits, Damage damage,
                     const QString &damaged, const QString &message) {
        QTest::newRow(name) << container << edits << damage << damaged << true << QStringList { message }
                            << 0;
    };
    auto skipped = [](const char *name, Container container, const Edits &edits, const QStringList &expected,
                       int events, Damage damage = Damage::None, const QString &damaged = QString()) {
        QTest::newRow(name) << container << edits << damage << damaged << false << expected << events;
    };
    // The private channel's day replaced: 11 events come from the rest of the export.
    auto oncallDay = [&](const char *name, const QByteArray &bytes, const char *reason, int events = 11) {
        skipped(name, Container::Zip, { { oncall, bytes } },
            reason ? QStringList { oncall + QLatin1Char(':') + QString::fromUtf8(reason) } : QStringList(),
            events);
    };
    const QByteArray message = "{\"type\": \"message\", \"user\": \"U05JONAS02\", \"text\": \"DBA paged\", "
                               "\"ts\": \"1776155525.000000\"}";

    fatal("empty ZIP file", Container::Zip, {}, Damage::EmptyFile, QString(),
        QStringLiteral("the file is empty"));
    fatal("not a ZIP file", Container::Zip, {}, Damage::NotZip, QString(),
        QStringLiteral("not a ZIP file (or a truncated one)"));
    fatal("truncated ZIP file", Container::Zip, {}, Damage::Truncated, QString(),
        QStringLiteral("not a ZIP file (or a truncated one)"));
    fatal("no users.json", Container::Zip, { { QStringLiteral("users.json"), QByteArray() } }, Damage::None,
        QString(),
        QStringLiteral("not a complete Slack export: no users.json (or org_users.json) to name the authors "
                       "of messages"));
    fatal("no channels.json", Container::Folder,
        { { QStringLiteral("channels.json"), QByteArray() },
            { QStringLiteral("groups.json"), QByteArray() } },
        Damage::None, QString(),
        QStringLiteral("not a Slack export: no channels.json (nor groups.json, mpims.json or dms.json)"));
    fatal("channels.json is an object", Container::Zip,
        { { QStringLiteral("channels.json"), QByteArray("{\"channels\": []}") } }, Damage::None, QString(),
        QStringLiteral("channels.json:1: expected a JSON array"));
    fatal("channels.json is empty", Container::Folder,
        { { QStringLiteral("channels.json"), QByteArray(" ") } }, Damage::None, QString(),
        QStringLiteral("channels.json:1: the file is empty"));
    const QByteArray users = fixture.value(QStringLiteral("users.json"));
    const QByteArray cutUsers = users.left(users.size() / 2);
    fatal("users.json truncated", Container::Zip, { { QStringLiteral("users.json"), cutUsers } },
        Damage::None, QString(),
        QStringLiteral("users.json:%1: the file ends inside a record").arg(cutUsers.count('\n') + 1));
    fatal("users.json claims 600 MiB", Container::Zip, {}, Damage::HugeEntry, QStringLiteral("users.json"),
        QStringLiteral("users.json: unpacks to 600 MiB, more than the 512 MiB allowed for one file"));

    skipped("path that climbs out of the export", Container::Zip,
        { { QStringLiteral("../../etc/cron.d/causeway.json"), QByteArray("[]") } },
        { QStringLiteral("../../etc/cron.d/causeway.json: a path that leads out of the export; left out") },
        12);
    skipped("absolute path", Container::Zip, { { QStringLiteral("/tmp/causeway.json"), QByteArray("[]") } },
        { QStringLiteral("/tmp/causeway.json: a path that leads out of the export; left out") }, 12);
    skipped("day file claims 600 MiB", Container::Zip, {},
        { oncall +
            QStringLiteral(": unpacks to 600 MiB, more than the 512 MiB allowed for one file; the day's "
                           "messages are left out") },
        11, Damage::HugeEntry, oncall);
    skipped("corrupt data in a day file", Container::Zip, {},
        { QStringLiteral("incidents/2026-04-14.json: cannot unpack: *") }, 8, Damage::CorruptEntry,
        QStringLiteral("incidents/2026-04-14.json"));
    oncallDay("day file truncated", "[\n" + message + ",\n" + message.left(50),
        "3: the file ends inside a record", 12);
    oncallDay("day file is an object", QByteArray("{\"messages\": []}"), "1: expected a JSON array");
    oncallDay("message is a string", QByteArray("[\"DBA paged\"]"), "1: expected a message object");
    oncallDay("message is not valid JSON",
        QByteArray("[{\"text\": \"DBA paged\" \"ts\": \"1776155525.000000\"}]"), "1: not valid JSON (*");
    oncallDay("invalid UTF-8", "[" + QByteArray(message).replace("DBA paged", "DBA pag\xe9") + "]",
        "1: not valid UTF-8");
    oncallDay("ts is a number",
        "[" + QByteArray(message).replace("\"1776155525.000000\"", "1776155525.0") + "]",
        "1: \"ts\": expected a string such as \"1776155042.190329\"");
    oncallDay("ts is a date",
        "[" + QByteArray(message).replace("1776155525.000000", "2026-04-14 10:32:05") + "]",
        "1: \"ts\": expected seconds.microseconds such as \"1776155042.190329\", got \"2026-04-14 "
        "10:32:05\"");
    oncallDay("ts missing", "[" + QByteArray(message).replace("\"ts\"", "\"time\"") + "]",
        "1: \"ts\": expected a string such as \"1776155042.190329\"");
    oncallDay("text is a number", "[" + QByteArray(message).replace("\"DBA paged\"", "42") + "]",
        "1: \"text\": expected a string");
    oncallDay("thread_ts is a number",
        "[" + QByteArray(message).replace("\"ts\"", "\"thread_ts\": 1776155525, \"ts\"") + "]",
        "1: \"thread_ts\": expected a string");
    oncallDay("no text, attachments or files", "[" + QByteArray(message).replace("DBA paged", " ") + "]",
        "1: a message without text, attachments or files; left out");
    oncallDay("not a message", "[" + QByteArray(message).replace("\"message\"", "\"file_comment\"") + "]",
        "1: \"type\": expected \"message\"; left out");
    skipped("channel name that climbs out", Container::Folder,
        { { QStringLiteral("channels.json"),
            QByteArray("[\n{\"id\": \"C07INCIDNTS\", \"name\": \"incidents\"},\n"
                       "{\"id\": \"C07ORDDBALR\", \"name\": \"orders-db-alerts\"},\n"
                       "{\"id\": \"C08INC0412\", \"name\": \"inc-2026-0412\"},\n"
                       "{\"id\": \"C09OUTSIDE\", \"name\": \"../outside\"}\n]\n") } },
        { QStringLiteral("channels.json:5: \"../outside\" is not a folder name; left out") }, 12);
    skipped("folder no index lists", Container::Folder,
        { { QStringLiteral("random/2026-04-14.json"), "[" + message + "]" } },
        { QStringLiteral(
            "random/: a folder of messages that no channels.json, groups.json, mpims.json or dms.json "
            "lists; left out") },
        12);
    const int usersEnd = users.lastIndexOf(']');
    skipped("user without id", Container::Zip,
        { { QStringLiteral("users.json"),
            users.left(usersEnd).trimmed() + ",\n    {\"name\": \"ghost\"}\n]\n" } },
        { QStringLiteral("users.json:%1: a user without \"id\"; left out")
                .arg(users.left(usersEnd).trimmed().count('\n') + 2) },
        12);
    skipped("user is a number", Container::Zip,
        { { QStringLiteral("users.json"), users.left(usersEnd).trimmed() + ", 7\n]\n" } },
        { QStringLiteral("users.json:%1: expected a user object")
                .arg(users.left(usersEnd).trimmed().count('\n') + 1) },
        12);
    // Variants that are not errors.
    skipped("org_users.json instead of users.json", Container::Zip,
        { { QStringLiteral("users.json"), QByteArray() }, { QStringLiteral("org_users.json"), users } }, {},
        12);
    skipped("direct messages, named by id", Container::Folder,
        { { QStringLiteral("dms.json"),
              QByteArray("[{\"id\": \"D08AMARAJON\", \"members\": [\"U05AMARA01\", "
                         "\"U05JONAS02\"]}]") },
            { QStringLiteral("D08AMARAJON/2026-04-14.json"), "[" + message + "]" } },
        {}, 13);
    skipped("a channel without a folder", Container::Zip,
        { { QStringLiteral("channels.json"),
            QByteArray(
                "[{\"id\": \"C07INCIDNTS\", \"name\": \"incidents\"}, {\"id\": \"C07ORDDBALR\", \"name\": "
                "\"orders-db-alerts\"}, {\"id\": \"C08INC0412\", \"name\": \"inc-2026-0412\"}, {\"id\": "
                "\"C01GENERAL\", \"name\": \"general\"}]") } },
        {}, 12);
}

void TestImportSlack::malformed()
{
    QFETCH(Container, container);
    QFETCH(Edits, edits);
    QFETCH(Damage, damage);
    QFETCH(QString, damaged);
    QFETCH(bool, fatal);
    QFETCH(QStringList, expected);
    QFETCH(int, events);

    ExportFiles files = fixtureFiles();
    for (const Edit &edit : edits) {
        if (edit.bytes.isNull())
            files.remove(edit.path);
        else
            files.insert(edit.path, edit.bytes);
    }
    QTemporaryDir dir;
    QString source = dir.filePath(QStringLiteral("export"));
    if (container == Container::Folder) {
        QVERIFY(writeFolder(source, files));
    } else {
        source += QStringLiteral(".zip");
        QVERIFY(writeZip(source, files));
        QByteArray bytes = readFile(source);
        switch (damage) {
        case Damage::None:
            break;
        case Damage::EmptyFile:
            bytes.clear();
            break;
        case Damage::NotZip:
            bytes = "Slack export of acme.slack.com, 14 April 2026\n";
            break;
        case Damage::Truncated:
            bytes.truncate(bytes.size() * 2 / 3);
            break;
        case Damage::HugeEntry:
            QVERIFY(declareSize(bytes, damaged.toUtf8(), 600u * 1024 * 1024));
            break;
        case Damage::CorruptEntry:
            QVERIFY(corruptData(bytes, damaged.toUtf8()));
            break;
        }
        QVERIFY(writeFile(source, bytes));
    }

    const ReadOutcome read = readSource(importer(), source);
    if (fatal) {
        QVERIFY(!read.ok);
        QCOMPARE(read.error, source + QStringLiteral(": ") + expected.value(0));
        QVERIFY(sameBatch(read.batch, sentinelBatch()));
        return;
    }
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QVERIFY2(
        linesMatch(skippedLines(added), expected), qPrintable(skippedLines(added).join(QLatin1Char('\n'))));
    QCOMPARE(added.events.size(), events);
}

void TestImportSlack::missingSource()
{
    const QString path = QStringLiteral("/nonexistent/acme-export.zip");
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY(!read.ok);
    QCOMPARE(read.error, path + QStringLiteral(": cannot open: no such file or folder"));
    QVERIFY(sameBatch(read.batch, sentinelBatch()));
}

void TestImportSlack::progressAndCancel_data()
{
    QTest::addColumn<Container>("container");
    QTest::newRow("folder") << Container::Folder;
    QTest::newRow("ZIP") << Container::Zip;
}

void TestImportSlack::progressAndCancel()
{
    QFETCH(Container, container);
    // Two days of about 200 KiB each: progress comes in steps, and a cancel lands in the middle.
    ExportFiles files;
    files.insert(QStringLiteral("users.json"),
        QByteArray("[{\"id\": \"U05AMARA01\", \"real_name\": \"Amara Okafor\"}]"));
    files.insert(QStringLiteral("channels.json"),
        QByteArray("[{\"id\": \"C08INC0412\", \"name\": \"inc-2026-0412\"}]"));
    for (const char *day : { "2026-04-14", "2026-04-15" }) {
        QByteArrayList messages;
        for (int i = 0; i < 2000; ++i)
            messages << "{\"type\": \"message\", \"user\": \"U05AMARA01\", \"text\": \"Backfill batch " +
                    QByteArray::number(4013 + i) + " done\", \"ts\": \"" +
                    QByteArray::number(1776157100 + i) + ".000000\"}";
        files.insert(QStringLiteral("inc-2026-0412/%1.json").arg(QLatin1String(day)),
            "[\n" + messages.join(",\n") + "\n]\n");
    }
    QTemporaryDir dir;
    QString source = dir.filePath(QStringLiteral("big"));
    if (container == Container::Folder) {
        QVERIFY(writeFolder(source, files));
    } else {
        source += QStringLiteral(".zip");
        QVERIFY(writeZip(source, files));
    }

    QVector<QPair<qint64, qint64>> reports;
    ImportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
    };
    ImportBatch batch = sentinelBatch();
    QString error;
    QVERIFY2(importer().read(source, {}, batch, progress, &error), qPrintable(error));
    QCOMPARE(batch.events.size(), 1 + 4000);
    QVERIFY(reports.size() > 2);
    const qint64 total = files.value(QStringLiteral("inc-2026-0412/2026-04-14.json")).size() +
        files.value(QStringLiteral("inc-2026-0412/2026-04-15.json")).size();
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, total);
    }
    QCOMPARE(reports.last(), qMakePair(total, total));

    ImportProgress canceling;
    canceling.onProgress = [&](qint64, qint64) {
        canceling.canceled = true;
    };
    batch = sentinelBatch();
    QVERIFY(!importer().read(source, {}, batch, canceling, &error));
    QCOMPARE(error, source + QStringLiteral(": import canceled"));
    QVERIFY(sameBatch(batch, sentinelBatch()));
}

QTEST_GUILESS_MAIN(TestImportSlack)
#include "tst_import_slack.moc"
