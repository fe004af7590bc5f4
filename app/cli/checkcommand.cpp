// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "checks/analysis.h"
#include "document.h"
#include "enumnames.h"
#include "format/documentfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace causeway {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

QString count(int n, const char *one, const char *many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

/// One finding as an object of `--format json` (keys documented in the README).
QJsonObject findingJson(const QString &file, const Document &d, const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("place"), describePlace(d, f.place));
    o.insert(QStringLiteral("entity"), enumName(f.place.entity.kind));
    switch (f.place.entity.kind) {
    case EntityKind::Document:
    case EntityKind::Incident:
        break;
    case EntityKind::Section:
        o.insert(QStringLiteral("id"), f.place.entity.key);
        break;
    default:
        o.insert(QStringLiteral("id"), qint64(f.place.entity.id));
        break;
    }
    if (!f.place.field.isEmpty())
        o.insert(QStringLiteral("field"), f.place.field);
    if (f.place.hasRange()) {
        o.insert(QStringLiteral("start"), f.place.start);
        o.insert(QStringLiteral("length"), f.place.length);
    }
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("check"), f.checkId);
    o.insert(QStringLiteral("message"), f.message);
    o.insert(QStringLiteral("suggestion"), f.suggestion);
    o.insert(QStringLiteral("acknowledged"), f.acknowledged);
    if (f.acknowledged)
        o.insert(QStringLiteral("acknowledgementReason"), f.acknowledgementReason);
    return o;
}
} // namespace

int runCheck(const QStringList &files, QTextStream &out, QTextStream &err, CheckFormat format)
{
    int result = ExitOk;
    QJsonArray json;
    for (const QString &file : files) {
        const LoadResult loaded = loadDocument(file);
        if (!loaded.document) {
            for (const LoadError &e : loaded.errors)
                err << e.toString(file) << '\n';
            result = ExitLoadError;
            continue;
        }
        const Document &d = *loaded.document;
        const QStringList counts = {
            count(int(d.events().size()), QT_TRANSLATE_NOOP("CheckCommand", "%1 event"),
                QT_TRANSLATE_NOOP("CheckCommand", "%1 events")),
            count(int(d.nodes().size()), QT_TRANSLATE_NOOP("CheckCommand", "%1 causal node"),
                QT_TRANSLATE_NOOP("CheckCommand", "%1 causal nodes")),
            count(int(d.links().size()), QT_TRANSLATE_NOOP("CheckCommand", "%1 link"),
                QT_TRANSLATE_NOOP("CheckCommand", "%1 links")),
            count(int(d.actions().size()), QT_TRANSLATE_NOOP("CheckCommand", "%1 corrective action"),
                QT_TRANSLATE_NOOP("CheckCommand", "%1 corrective actions")),
        };
        if (format == CheckFormat::Text) {
            out << QCoreApplication::translate("CheckCommand", "%1: loaded (%2)")
                       .arg(file, counts.join(QStringLiteral(", ")))
                << '\n';
        }
        // Acknowledged findings were kept on purpose: they do not fail, and only JSON lists them
        // (marked as such), so that scripts can see what was accepted and why.
        for (const Finding &f : runChecks(d)) {
            if (format == CheckFormat::Json)
                json.append(findingJson(file, d, f));
            if (f.acknowledged)
                continue;
            if (format == CheckFormat::Text) {
                out << QStringLiteral("%1: %2: %3: %4: %5")
                           .arg(file, describePlace(d, f.place), severityName(f.severity), f.checkId,
                               f.message)
                    << '\n';
            }
            if (f.severity == FindingSeverity::Error && result == ExitOk)
                result = ExitFindings;
        }
    }
    // Always a whole array, even when a file failed to load (its errors went to err).
    if (format == CheckFormat::Json)
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    err.flush();
    return result;
}

} // namespace causeway
