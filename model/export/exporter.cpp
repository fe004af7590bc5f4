// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace causeway {

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::forFileName(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &e : m_exporters) {
        if (e->suffix() == suffix)
            return e.get();
    }
    return nullptr;
}

QStringList ExporterRegistry::suffixes() const
{
    QStringList out;
    for (const auto &e : m_exporters)
        out.append(e->suffix());
    return out;
}

QStringList ExporterRegistry::filters() const
{
    QStringList out;
    for (const auto &e : m_exporters)
        out.append(e->filter());
    return out;
}

bool exportTo(const DocumentContent &content, const ExportOptions &options, const Exporter &exporter,
    const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("causeway::exportTo", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    if (!exporter.write(redactedFor(content, options), options, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("causeway::exportTo", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

} // namespace causeway
