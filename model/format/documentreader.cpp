// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "documentcontentreader.h"
#include "jsonduplicatekeys.h"
#include "jsontoplevelscanner.h"
#include "memorylimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace causeway {

using namespace reading;

namespace {

/// Line and column (1-based, in characters) of a byte offset, for JSON syntax errors.
void lineAndColumn(const QByteArray &bytes, int offset, int *line, int *column)
{
    offset = qBound(0, offset, int(bytes.size()));
    const int lineStart = offset > 0 ? int(bytes.lastIndexOf('\n', offset - 1)) + 1 : 0;
    *line = int(std::count(bytes.constBegin(), bytes.constBegin() + lineStart, '\n')) + 1;
    *column = int(QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size()) + 1;
}

QString entryTooLargeMessage()
{
    return QCoreApplication::translate("causeway::DocumentReader",
        "larger than %1 MiB, the most Causeway reads for one entry; the file is not opened")
        .arg(limits::DocumentEntry / limits::MiB);
}

ReadResult fileTooLarge(qint64 size)
{
    ReadResult result;
    result.errors.append({ QString(), 0, 0,
        QCoreApplication::translate(
            "causeway::DocumentReader", "the file is %1 MiB; Causeway opens documents of up to %2 MiB")
            .arg(size / limits::MiB)
            .arg(limits::DocumentFile / limits::MiB) });
    return result;
}

/// One piece of the file parsed on its own. \a raw holds "[" and the piece: the array wrapper
/// gives the piece the same nesting as in the file, and Qt 5 parses only arrays and objects.
bool parsePiece(QByteArray &raw, QJsonValue *value)
{
    raw.append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *value = doc.array().at(0);
    return true;
}

/**
 * Reads a file member by member and each list element by element (JsonTopLevelScanner), checking
 * what the full parser would check in the same order: syntax, then keys given twice, then the
 * content. Nothing when the file is not well-formed JSON: only the full parser can then say where.
 */
std::optional<ReadResult> readStreamed(QIODevice *device, int maxErrors)
{
    JsonTopLevelScanner scanner(device, limits::DocumentEntry);
    if (!scanner.begin())
        return std::nullopt;
    // Where the scanner is, for the one error the full parser cannot give: a piece too large to read.
    QString where;
    int whereIndex = -1;
    auto stopped = [&scanner, &where, &whereIndex]() -> std::optional<ReadResult> {
        if (!scanner.tooLarge())
            return std::nullopt;
        ReadResult result;
        const QString path = whereIndex < 0 ? where : QStringLiteral("%1[%2]").arg(where).arg(whereIndex);
        result.errors.append({ path, 0, 0, entryTooLargeMessage() });
        return result;
    };
    Reader reader(maxErrors);
    QSet<QString> keys;
    std::optional<LoadError> duplicate; // reported only if the rest of the file is well-formed
    QByteArray raw("[");
    QByteArray rawKey("[");
    QJsonValue value;
    while (scanner.nextKey(&rawKey)) {
        if (!parsePiece(rawKey, &value) || !value.isString())
            return std::nullopt;
        rawKey.truncate(1);
        const QString key = value.toString();
        where = key;
        whereIndex = -1;
        if (!duplicate && keys.contains(key))
            duplicate = duplicateKeyError(key, key);
        keys.insert(key);
        const int list = Reader::listOf(key);
        if (list >= 0 && scanner.atArray()) {
            scanner.beginArray();
            reader.beginList(list);
            for (int index = 0; (whereIndex = index, scanner.nextElement(&raw)); ++index) {
                // Most events are plain and valid: read straight from their bytes, without a DOM.
                // Anything else goes the way that can say what is wrong.
                if (list == TimelineList && !duplicate && !reader.refused() &&
                    reader.plainEvent(raw.constData() + 1, raw.size() - 1)) {
                    raw.truncate(1);
                    continue;
                }
                if (!parsePiece(raw, &value))
                    return std::nullopt;
                if (!duplicate)
                    duplicate = findDuplicateKey(raw.constData() + 1, raw.size() - 2, key, index);
                raw.truncate(1);
                // After a duplicate or a wrong format only the syntax matters: nothing else is reported.
                if (!duplicate && !reader.refused())
                    reader.element(list, value);
            }
            if (scanner.failed())
                return stopped();
            whereIndex = -1;
            continue;
        }
        if (!scanner.readValue(&raw))
            return stopped();
        if (!parsePiece(raw, &value))
            return std::nullopt;
        if (!duplicate)
            duplicate = findDuplicateKey(raw.constData() + 1, raw.size() - 2, key);
        raw.truncate(1);
        if (!duplicate)
            reader.member(key, value);
    }
    if (scanner.tooLarge() || !scanner.finish())
        return stopped();
    if (duplicate) {
        ReadResult result;
        result.errors.append(*duplicate);
        return result;
    }
    return reader.finish();
}

} // namespace

ReadResult readDocumentInMemory(const QByteArray &json, int maxErrors)
{
    ReadResult result;
    if (json.trimmed().isEmpty()) {
        result.errors.append({ QString(), 0, 0,
            QCoreApplication::translate(
                "causeway::DocumentReader", "the file is empty; expected a Causeway document (JSON)") });
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        LoadError e;
        int offset = parseError.offset;
        switch (parseError.error) {
        case QJsonParseError::IllegalValue:
        case QJsonParseError::MissingObject:
        case QJsonParseError::MissingNameSeparator:
        case QJsonParseError::MissingValueSeparator:
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::UnterminatedArray:
            if (offset < json.size())
                --offset; // Qt reports these one past the byte it stopped at
            break;
        default:
            break;
        }
        lineAndColumn(json, offset, &e.line, &e.column);
        e.message = QCoreApplication::translate("causeway::DocumentReader", "JSON syntax error: %1")
                        .arg(parseError.errorString());
        result.errors.append(e);
        return result;
    }
    if (const auto duplicate = findDuplicateKey(json)) {
        result.errors.append(*duplicate);
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({ QString(), 0, 0,
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected a JSON object at the top level") });
        return result;
    }
    Reader reader(maxErrors);
    const QJsonObject root = doc.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it)
        reader.member(it.key(), it.value());
    return reader.finish();
}

ReadResult readDocument(const QByteArray &json, int maxErrors)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    if (auto result = readStreamed(&buffer, maxErrors))
        return std::move(*result);
    return readDocumentInMemory(json, maxErrors);
}

ReadResult readDocument(QIODevice *device, int maxErrors)
{
    if (device->isSequential()) { // it cannot be read twice: keep the bytes, but still no DOM
        QByteArray bytes;
        while (!device->atEnd() || device->waitForReadyRead(-1)) {
            const QByteArray chunk = device->read(1 << 20);
            if (chunk.isEmpty())
                break;
            if (bytes.size() + chunk.size() > limits::DocumentFile)
                return fileTooLarge(bytes.size() + chunk.size());
            bytes += chunk;
        }
        return readDocument(bytes, maxErrors);
    }
    if (device->size() - device->pos() > limits::DocumentFile)
        return fileTooLarge(device->size() - device->pos());
    const qint64 start = device->pos();
    if (auto result = readStreamed(device, maxErrors))
        return std::move(*result);
    // Something is wrong with the JSON itself: the full parser says exactly what and where.
    if (device->size() - start > limits::DocumentFile)
        return fileTooLarge(device->size() - start);
    device->seek(start);
    return readDocumentInMemory(device->readAll(), maxErrors);
}

} // namespace causeway
