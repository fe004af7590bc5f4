// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets (tests/fuzz) and the regression test of what they found
// (tests/tst_fuzzregressions.cpp) share: how one input is read, and what must hold afterwards
// besides "no crash". Each check returns what went wrong, or an empty string when all is well, so
// that a fuzz target can abort with the message and the Qt test can show it.

#include "document.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "import/importer.h"
#include "import/importers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

namespace causeway::fuzz {

/// The file name prefix of every fuzz target: fuzz_load, fuzz_import_csv, ...
inline QString targetPrefix()
{
    return QStringLiteral("fuzz_");
}

/**
 * Options that let the importers reach every path: a zone and a year for timestamps that carry
 * none, and the column mapping of tests/data/import/csv/deploy-tracker.csv for plain CSV files.
 */
inline ImportOptions importOptions()
{
    ImportOptions options;
    options.zone = QStringLiteral("Europe/Berlin");
    options.year = 2026;
    options.csv.timeColumn = QStringLiteral("When");
    options.csv.textColumn = QStringLiteral("What");
    options.csv.actorColumn = QStringLiteral("Who");
    options.csv.kindColumn = QStringLiteral("Type");
    options.csv.timeFormat = QStringLiteral("dd/MM/yyyy HH:mm:ss");
    return options;
}

/**
 * Loads \a bytes as a .causeway file, the way loadDocument() reads it (streamed), and checks that
 * the reader promises hold: the in-memory reference reader agrees on whether the file is valid, a
 * rejected file has errors that say what, and a document that was read is written back to a file
 * that reads again into the same document.
 */
inline QString checkLoad(const QByteArray &bytes)
{
    ReadResult streamed = readDocument(bytes);
    const ReadResult whole = readDocumentInMemory(bytes);
    if (streamed.content.has_value() != whole.content.has_value()) {
        return QStringLiteral("the streaming reader %1 the file, the in-memory reader %2 it")
            .arg(streamed.content ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                whole.content ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    }
    if (!streamed.content) {
        if (streamed.errors.isEmpty())
            return QStringLiteral("rejected without an error");
        for (const LoadError &error : streamed.errors) {
            if (error.message.isEmpty())
                return QStringLiteral("an error without a message");
        }
        return {};
    }
    const Document document(std::move(*streamed.content));
    const QByteArray written = serializeDocument(document);
    ReadResult again = readDocument(written);
    if (!again.content) {
        return QStringLiteral("what was read, written again, does not read: %1")
            .arg(again.errors.isEmpty() ? QString() : again.errors.first().toString());
    }
    const Document reread(std::move(*again.content));
    if (serializeDocument(reread) != written)
        return QStringLiteral("what was read, written and read again, is written differently");
    return {};
}

/**
 * Imports \a path with the importer named \a format into a batch that holds one event already,
 * and checks the promises of Importer::read(): a failure says why, names the source and leaves the
 * batch alone; a success appends only events imported by this importer, every skipped record
 * says which file and why, and a document with the imported events saves and loads again.
 */
inline QString checkImport(const QString &format, const QString &path)
{
    const Importer *importer = importerNamed(format);
    if (!importer)
        return QStringLiteral("no importer named ") + format;
    ImportBatch batch;
    TimelineEvent earlier;
    earlier.text = QStringLiteral("already in the batch");
    batch.events << earlier;
    QString error;
    const bool ok = importer->read(path, importOptions(), batch, ImportProgress(), &error);
    if (batch.events.isEmpty() || batch.events.first().text != earlier.text)
        return QStringLiteral("the batch lost what it held");
    if (!ok) {
        if (!error.startsWith(path))
            return QStringLiteral("the error does not name the source: ") + error;
        if (batch.events.size() != 1 || !batch.skipped.isEmpty() || !batch.assumptions.isEmpty())
            return QStringLiteral("a failed import added to the batch");
        return {};
    }
    for (int i = 1; i < batch.events.size(); ++i) {
        const TimelineEvent &e = batch.events[i];
        if (e.source.type != SourceType::Imported || e.source.format != format || e.source.file.isEmpty())
            return QStringLiteral("event %1 does not say where it was imported from").arg(i);
        if (!e.time.isValid())
            return QStringLiteral("event %1 has no valid time").arg(i);
    }
    for (const SkippedRecord &skipped : batch.skipped) {
        if (skipped.file.isEmpty() || skipped.reason.isEmpty())
            return QStringLiteral("a skipped record without its file or reason: ") + skipped.toString();
    }
    // What was imported must survive a save: a document with these events is written and read.
    DocumentContent content;
    for (int i = 1; i < batch.events.size(); ++i) {
        content.events << batch.events[i];
        content.events.last().id = EventId(i);
    }
    const ReadResult saved = readDocument(serializeDocument(Document(std::move(content))));
    if (!saved.content) {
        return QStringLiteral("the imported events, saved, do not load: %1")
            .arg(saved.errors.isEmpty() ? QString() : saved.errors.first().toString());
    }
    return {};
}

/**
 * A Slack export folder in one input, so that the fuzzer can change every file of it: each file
 * starts with a line `== <path>` ("== users.json", "== general/2026-04-14.json"), followed by its
 * content. Paths that are not plain relative paths of one or two parts are left out, and so is
 * anything before the first file. Writes the files into \a folder (which must exist and be empty).
 */
inline void unpackSlackBundle(const QByteArray &bundle, const QString &folder)
{
    static const QRegularExpression safePath(
        QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)?$"));
    const QByteArray marker("== ");
    const QByteArray nextMarker("\n== ");
    qsizetype at = bundle.startsWith(marker) ? 0 : bundle.indexOf(nextMarker);
    if (at > 0)
        ++at; // past the line break
    int files = 0;
    while (at >= 0 && files < 32) {
        const qsizetype nameEnd = bundle.indexOf('\n', at);
        if (nameEnd < 0)
            break;
        const QString path = QString::fromUtf8(bundle.mid(at + marker.size(), nameEnd - at - marker.size()));
        const qsizetype next = bundle.indexOf(nextMarker, nameEnd);
        // Up to the line break before the next file's line (none when that line follows at once).
        const QByteArray content = next < 0 ? bundle.mid(nameEnd + 1)
                                            : bundle.mid(nameEnd + 1, qMax<qsizetype>(0, next - nameEnd - 1));
        if (safePath.match(path).hasMatch()) {
            const QString file = folder + QLatin1Char('/') + path;
            QDir().mkpath(QFileInfo(file).path());
            QFile out(file);
            if (out.open(QIODevice::WriteOnly))
                out.write(content);
            ++files;
        }
        at = next < 0 ? -1 : next + 1;
    }
}

} // namespace causeway::fuzz
