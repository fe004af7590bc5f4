// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers.h"

#include "csvimporter.h"
#include "jsonlinesimporter.h"
#include "logimporter.h"
#include "syslogimporter.h"

#include <memory>
#include <vector>

namespace causeway {

namespace {

std::vector<std::unique_ptr<Importer>> makeAll()
{
    std::vector<std::unique_ptr<Importer>> list;
    list.push_back(makeJsonLinesImporter());
    list.push_back(makeCsvImporter());
    list.push_back(makeLogImporter());
    list.push_back(makeSyslogImporter());
    return list;
}

} // namespace

const QVector<const Importer *> &allImporters()
{
    static const std::vector<std::unique_ptr<Importer>> owned = makeAll();
    static const QVector<const Importer *> list = [] {
        QVector<const Importer *> l;
        for (const auto &importer : owned)
            l.append(importer.get());
        return l;
    }();
    return list;
}

const Importer *importerNamed(const QString &name)
{
    for (const Importer *importer : allImporters()) {
        if (importer->name() == name)
            return importer;
    }
    return nullptr;
}

} // namespace causeway
