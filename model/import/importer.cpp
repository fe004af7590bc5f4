// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <QCoreApplication>
#include <QFile>

namespace causeway {

Importer::~Importer() = default;

QString SkippedRecord::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}

bool openSource(QFile &file, const QString &source, QString *error)
{
    if (file.open(QIODevice::ReadOnly))
        return true;
    *error = QCoreApplication::translate("causeway::Import", "%1: cannot open: %2")
                 .arg(source, file.errorString());
    return false;
}

QTimeZone optionZone(const ImportOptions &options)
{
    return options.zone.isEmpty() ? QTimeZone() : QTimeZone(options.zone.toUtf8());
}

QString zoneAssumption(const QString &shownFile, const QString &zone)
{
    return QCoreApplication::translate("causeway::Import", "%1: times without a zone were read as %2")
        .arg(shownFile, zone);
}

} // namespace causeway
