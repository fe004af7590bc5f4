// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "checks/analysis.h"
#include "document.h"
#include "format/documentfile.h"

#include <QCoreApplication>
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
} // namespace

int runCheck(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int result = ExitOk;
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
        out << QCoreApplication::translate("CheckCommand", "%1: loaded (%2)")
                   .arg(file, counts.join(QStringLiteral(", ")))
            << '\n';
        // Acknowledged findings were kept on purpose: they are not reported and do not fail.
        for (const Finding &f : runChecks(d)) {
            if (f.acknowledged)
                continue;
            out << QStringLiteral("%1: %2: %3: %4: %5")
                       .arg(file, describePlace(d, f.place), severityName(f.severity), f.checkId, f.message)
                << '\n';
            if (f.severity == FindingSeverity::Error && result == ExitOk)
                result = ExitFindings;
        }
    }
    out.flush();
    err.flush();
    return result;
}

} // namespace causeway
