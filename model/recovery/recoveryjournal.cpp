// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryjournal.h"

#include "document.h"
#include "enumnames.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "memorylimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <unistd.h>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

const char *const journalMagic = "causeway-recovery";
constexpr int journalVersion = 1;

QByteArray checksum(const QByteArray &json)
{
    return QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(8);
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray fileHash(const QString &fileName, qint64 *size)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    *size = file.size();
    return hash.result().toHex();
}

// The list keys of the file format, per entity type.
template<class T>
struct ListKey;
template<>
struct ListKey<Person>
{
    static constexpr const char *name = "people";
};
template<>
struct ListKey<TimelineEvent>
{
    static constexpr const char *name = "timeline";
};
template<>
struct ListKey<CausalNode>
{
    static constexpr const char *name = "nodes";
};
template<>
struct ListKey<CausalLink>
{
    static constexpr const char *name = "links";
};
template<>
struct ListKey<DifferentEngineerAnswer>
{
    static constexpr const char *name = "differentEngineer";
};
template<>
struct ListKey<CorrectiveAction>
{
    static constexpr const char *name = "actions";
};
template<>
struct ListKey<Lesson>
{
    static constexpr const char *name = "lessons";
};
template<>
struct ListKey<Evidence>
{
    static constexpr const char *name = "evidence";
};

template<class T>
int indexOf(const Document &d, typename T::IdType id)
{
    const QVector<T> &all = d.all<T>();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

RecoveryJournal::RecoveryJournal(Document *document, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_file(journalPath)
{
    // Handing each record to the system survives the program being killed; syncing it to the
    // disk as well (for power loss) waits for a pause, so typing is never slowed by the disk.
    m_sync.setSingleShot(true);
    m_sync.setInterval(1500);
    connect(&m_sync, &QTimer::timeout, this, [this] {
        if (m_file.isOpen())
            ::fdatasync(m_file.handle());
    });
}

RecoveryJournal::~RecoveryJournal()
{
    if (m_file.isOpen())
        m_file.close();
}

QString RecoveryJournal::pathBeside(const QString &documentFile)
{
    const QFileInfo info(documentFile);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".recovery"));
}

QString RecoveryJournal::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryJournal::start(const QString &baseFile, bool snapshot, QString *error)
{
    // The file itself is created by the first edit: opening a document to read it leaves nothing
    // beside it. Whether it can be created is checked now, so that the user hears of it at once.
    const QString folder = QFileInfo(m_file.fileName()).absolutePath();
    QDir().mkpath(folder);
    if (!QFileInfo(folder).isWritable()) {
        *error = tr("Cannot write the recovery journal %1: the folder cannot be written")
                     .arg(QDir::toNativeSeparators(m_file.fileName()));
        return false;
    }
    QJsonObject header { { QStringLiteral("journal"), QString::fromLatin1(journalMagic) },
        { QStringLiteral("version"), journalVersion } };
    if (!baseFile.isEmpty() && !snapshot) {
        qint64 size = 0;
        header.insert(QStringLiteral("base"), QFileInfo(baseFile).absoluteFilePath());
        header.insert(QStringLiteral("baseSha256"), QString::fromLatin1(fileHash(baseFile, &size)));
        header.insert(QStringLiteral("baseSize"), double(size));
    } else {
        header.insert(
            QStringLiteral("base"), baseFile.isEmpty() ? QString() : QFileInfo(baseFile).absoluteFilePath());
    }
    m_pending = line(QJsonDocument(header).toJson(QJsonDocument::Compact));
    if (snapshot) {
        m_pending +=
            line(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("snapshot") },
                                   { QStringLiteral("document"), parsed(serializeDocument(*m_document)) } })
                     .toJson(QJsonDocument::Compact));
    }
    m_records = 0;
    connectDocument();
    return true;
}

QByteArray RecoveryJournal::line(const QByteArray &json)
{
    return checksum(json) + ' ' + json + '\n';
}

void RecoveryJournal::discard()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_sync.stop();
    m_pending.clear();
    if (m_file.isOpen()) {
        m_file.close();
        m_file.remove();
    }
}

bool RecoveryJournal::open()
{
    if (m_file.isOpen())
        return true;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered) ||
        m_file.write(m_pending) != m_pending.size()) {
        fail();
        return false;
    }
    m_pending.clear();
    return true;
}

bool RecoveryJournal::writeNow()
{
    if (m_failed || !open())
        return false;
    ::fdatasync(m_file.handle());
    return true;
}

void RecoveryJournal::append(const QByteArray &json)
{
    if (m_failed || !open())
        return;
    const QByteArray record = line(json);
    if (m_file.write(record) != record.size()) {
        fail();
        return;
    }
    ++m_records;
    m_sync.start();
}

void RecoveryJournal::fail()
{
    m_failed = true;
    Q_EMIT failed(
        tr("Cannot write the recovery journal %1: %2. Edits are not protected against a crash; save "
           "often.")
            .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
}

template<class T>
void RecoveryJournal::put(const char *list, const T &value, int index)
{
    append(QJsonDocument(
        QJsonObject { { QStringLiteral("op"), QStringLiteral("put") },
            { QStringLiteral("list"), QString::fromLatin1(list) }, { QStringLiteral("index"), index },
            { QStringLiteral("item"), parsed(serializeEntity(value)) } })
               .toJson(QJsonDocument::Compact));
}

void RecoveryJournal::remove(const char *list, quint64 id)
{
    append(QJsonDocument(
        QJsonObject { { QStringLiteral("op"), QStringLiteral("remove") },
            { QStringLiteral("list"), QString::fromLatin1(list) }, { QStringLiteral("id"), double(id) } })
               .toJson(QJsonDocument::Compact));
}

void RecoveryJournal::connectDocument()
{
    Document *d = m_document;
    // One pair of handlers per entity type: an added or changed entity is written whole, with its
    // place in its list; a removed one by id.
    auto track = [this, d](auto typeTag, auto added, auto changed, auto removed) {
        using T = typename decltype(typeTag)::type;
        using IdType = typename T::IdType;
        auto write = [this, d](IdType id) {
            if (const T *value = d->find<T>(id))
                put(ListKey<T>::name, *value, indexOf<T>(*d, id));
        };
        connect(d, added, this, write);
        connect(d, changed, this, [write](IdType id) { write(id); });
        connect(d, removed, this, [this](IdType id) { remove(ListKey<T>::name, id.value); });
    };
    track(std::common_type<Person>(), &Document::personAdded, &Document::personChanged,
        &Document::personRemoved);
    track(std::common_type<TimelineEvent>(), &Document::eventAdded, &Document::eventChanged,
        &Document::eventRemoved);
    track(
        std::common_type<CausalNode>(), &Document::nodeAdded, &Document::nodeChanged, &Document::nodeRemoved);
    track(
        std::common_type<CausalLink>(), &Document::linkAdded, &Document::linkChanged, &Document::linkRemoved);
    track(std::common_type<DifferentEngineerAnswer>(), &Document::answerAdded, &Document::answerChanged,
        &Document::answerRemoved);
    track(std::common_type<CorrectiveAction>(), &Document::actionAdded, &Document::actionChanged,
        &Document::actionRemoved);
    track(std::common_type<Lesson>(), &Document::lessonAdded, &Document::lessonChanged,
        &Document::lessonRemoved);
    track(std::common_type<Evidence>(), &Document::evidenceAdded, &Document::evidenceChanged,
        &Document::evidenceRemoved);

    // Imports come in bulk: records of a few thousand events each.
    connect(d, &Document::eventsAppended, this, [this, d](int first, int count) {
        const int chunk = 2000;
        for (int start = first; start < first + count; start += chunk) {
            QJsonArray items;
            for (int i = start; i < qMin(first + count, start + chunk); ++i)
                items.append(parsed(serializeEntity(d->events().at(i))));
            append(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("append") },
                                     { QStringLiteral("list"), QStringLiteral("timeline") },
                                     { QStringLiteral("items"), items } })
                       .toJson(QJsonDocument::Compact));
        }
    });
    connect(d, &Document::eventsTruncated, this, [this](int first) {
        append(QJsonDocument(
            QJsonObject { { QStringLiteral("op"), QStringLiteral("truncate") },
                { QStringLiteral("list"), QStringLiteral("timeline") }, { QStringLiteral("count"), first } })
                   .toJson(QJsonDocument::Compact));
    });
    connect(d, &Document::incidentChanged, this, [this, d] {
        append(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("incident") },
                                 { QStringLiteral("item"), parsed(serializeEntity(d->incident())) } })
                   .toJson(QJsonDocument::Compact));
    });
    connect(d, &Document::sectionChanged, this, [this, d](const QString &key) {
        append(
            QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("section") },
                              { QStringLiteral("key"), key }, { QStringLiteral("text"), d->section(key) } })
                .toJson(QJsonDocument::Compact));
    });
    // Acknowledged findings are few: the whole list is written when it changes.
    connect(d, &Document::acknowledgementsChanged, this, [this, d] {
        QJsonArray items;
        for (const Acknowledgement &a : d->acknowledgements())
            items.append(parsed(serializeEntity(a)));
        append(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("acknowledgements") },
                                 { QStringLiteral("items"), items } })
                   .toJson(QJsonDocument::Compact));
    });
    connect(d, &Document::templateChanged, this, [this](TemplateId id) {
        append(QJsonDocument(QJsonObject { { QStringLiteral("op"), QStringLiteral("template") },
                                 { QStringLiteral("value"), enumName(id) } })
                   .toJson(QJsonDocument::Compact));
    });
}

// --- Reading ---------------------------------------------------------------------------------

namespace {

struct Record
{
    QJsonObject json;
    int line = 0;
};

// The intact records of a journal, up to the first damaged one (which \a warning then names).
QVector<Record> readRecords(
    const QString &path, QString *warning, QString *error, QDateTime *modified = nullptr)
{
    QVector<Record> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the recovery journal %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return records;
    }
    // Replaying holds the document and one record at a time; a journal this large is damage.
    if (file.size() > 2 * limits::DocumentFile) {
        *error = tr("The recovery journal %1 is %2 MiB; Causeway restores journals of up to %3 MiB.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(file.size() / limits::MiB)
                     .arg(2 * limits::DocumentFile / limits::MiB);
        return records;
    }
    if (modified)
        *modified = QFileInfo(file).lastModified();
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        const int space = line.indexOf(' ');
        const QByteArray json = line.mid(space + 1).chopped(line.endsWith('\n') ? 1 : 0);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (!line.endsWith('\n') || space != 8 || line.left(8) != checksum(json) || !document.isObject()) {
            *warning =
                tr("The recovery journal is damaged from line %1 on (it was probably being written when the "
                   "program stopped); the edits before it are restored.")
                    .arg(lineNumber);
            break;
        }
        records.append({ document.object(), lineNumber });
    }
    if (records.isEmpty() && error->isEmpty())
        *error = tr("The recovery journal %1 is empty or damaged from its first line.")
                     .arg(QDir::toNativeSeparators(path));
    else if (!records.isEmpty() &&
        (records.first().json.value(QStringLiteral("journal")).toString() != QLatin1String(journalMagic) ||
            records.first().json.value(QStringLiteral("version")).toInt() != journalVersion)) {
        *error = tr("%1 is not a recovery journal this version of Causeway can read.")
                     .arg(QDir::toNativeSeparators(path));
        records.clear();
    }
    return records;
}

void putItem(QJsonArray &list, const QJsonObject &item, int index)
{
    const QJsonValue id = item.value(QStringLiteral("id"));
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QStringLiteral("id")) == id) {
            list.removeAt(i);
            break;
        }
    }
    list.insert(qBound(0, index, int(list.size())), item);
}

void removeItem(QJsonArray &list, const QJsonValue &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QStringLiteral("id")).toDouble() == id.toDouble()) {
            list.removeAt(i);
            return;
        }
    }
}

// Applies one record to the document as JSON; false when the record is not one of ours.
bool apply(QJsonObject &doc, const QJsonObject &record)
{
    const QString op = record.value(QStringLiteral("op")).toString();
    const QString listKey = record.value(QStringLiteral("list")).toString();
    if (op == QLatin1String("snapshot")) {
        doc = record.value(QStringLiteral("document")).toObject();
        return true;
    }
    if (op == QLatin1String("incident")) {
        doc.insert(QStringLiteral("incident"), record.value(QStringLiteral("item")));
        return true;
    }
    if (op == QLatin1String("acknowledgements")) {
        const QJsonArray items = record.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            doc.remove(QStringLiteral("acknowledgements"));
        else
            doc.insert(QStringLiteral("acknowledgements"), items);
        return true;
    }
    if (op == QLatin1String("template")) {
        doc.insert(QStringLiteral("template"), record.value(QStringLiteral("value")));
        return true;
    }
    if (op == QLatin1String("section")) {
        QJsonObject sections = doc.value(QStringLiteral("sections")).toObject();
        const QString text = record.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            sections.remove(record.value(QStringLiteral("key")).toString());
        else
            sections.insert(record.value(QStringLiteral("key")).toString(), text);
        doc.insert(QStringLiteral("sections"), sections);
        return true;
    }
    if (!doc.value(listKey).isArray())
        return false;
    QJsonArray list = doc.value(listKey).toArray();
    if (op == QLatin1String("put"))
        putItem(list, record.value(QStringLiteral("item")).toObject(),
            record.value(QStringLiteral("index")).toInt());
    else if (op == QLatin1String("remove"))
        removeItem(list, record.value(QStringLiteral("id")));
    else if (op == QLatin1String("append")) {
        for (const QJsonValue &item : record.value(QStringLiteral("items")).toArray())
            list.append(item);
    } else if (op == QLatin1String("truncate")) {
        const int count = record.value(QStringLiteral("count")).toInt();
        while (list.size() > count)
            list.removeLast();
    } else {
        return false;
    }
    doc.insert(listKey, list);
    return true;
}

} // namespace

JournalInfo inspectJournal(const QString &journalPath)
{
    JournalInfo info;
    info.path = journalPath;
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    const QByteArray line = file.readLine();
    const QJsonObject header = QJsonDocument::fromJson(line.mid(9).trimmed()).object();
    info.valid = header.value(QStringLiteral("journal")).toString() == QLatin1String(journalMagic);
    info.baseFile = header.value(QStringLiteral("base")).toString();
    info.lastWritten = QFileInfo(file).lastModified();
    return info;
}

RecoveredDocument replayJournal(const QString &journalPath)
{
    RecoveredDocument result;
    QString error;
    const QVector<Record> records = readRecords(journalPath, &result.warning, &error);
    if (!error.isEmpty()) {
        result.errors.append(LoadError { QString(), 0, 0, error });
        return result;
    }
    const QJsonObject header = records.first().json;
    result.baseFile = header.value(QStringLiteral("base")).toString();

    // The base: the saved file as it was when the journal began, or an empty document.
    QJsonObject doc = parsed(serializeDocument(Document()));
    const bool snapshot = records.size() > 1 &&
        records.at(1).json.value(QStringLiteral("op")).toString() == QLatin1String("snapshot");
    if (!result.baseFile.isEmpty() && !snapshot) {
        qint64 size = -1;
        const QByteArray hash = fileHash(result.baseFile, &size);
        if (hash.isEmpty()) {
            result.errors.append(LoadError {
                QString(), 0, 0, tr("The document the journal's edits apply to cannot be read any more.") });
            return result;
        }
        if (hash != header.value(QStringLiteral("baseSha256")).toString().toLatin1()) {
            result.errors.append(LoadError { QString(), 0, 0,
                tr("The document was changed on disk after the journal began, so its edits no longer "
                   "apply.") });
            return result;
        }
        QFile base(result.baseFile);
        base.open(QIODevice::ReadOnly);
        if (size > limits::DocumentFile) {
            result.errors.append(LoadError { QString(), 0, 0,
                tr("The document the journal's edits apply to is %1 MiB; Causeway opens documents of up "
                   "to %2 MiB.")
                    .arg(size / limits::MiB)
                    .arg(limits::DocumentFile / limits::MiB) });
            return result;
        }
        doc = QJsonDocument::fromJson(base.readAll()).object();
    }
    for (int i = 1; i < records.size(); ++i) {
        if (!apply(doc, records.at(i).json)) {
            result.warning =
                tr("Record %1 of the recovery journal is not understood; the edits before it are restored.")
                    .arg(records.at(i).line);
            break;
        }
        ++result.records;
    }
    // The same strict reader as a file: what is restored is a document that loads.
    ReadResult read = readDocument(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!read.content) {
        result.errors = read.errors;
        return result;
    }
    result.content = std::move(read.content);
    return result;
}

} // namespace causeway
