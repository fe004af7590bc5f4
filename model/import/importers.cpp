// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers.h"

#include "alertmanagerimporter.h"
#include "csvimporter.h"
#include "journaldimporter.h"
#include "jsonlinesimporter.h"
#include "k8seventsimporter.h"
#include "logimporter.h"
#include "pagerdutyimporter.h"
#include "slackimporter.h"
#include "syslogimporter.h"

#include <memory>
#include <vector>

namespace causeway {

namespace {

std::vector<std::unique_ptr<Importer>> makeAll()
{
    std::vector<std::unique_ptr<Importer>> list;
    // In the order of the issue and the docs: spreadsheets and timelines, chat, alerting, logs.
    list.push_back(makeCsvImporter());
    list.push_back(makeJsonLinesImporter());
    list.push_back(makeSlackImporter());
    list.push_back(makePagerDutyImporter());
    list.push_back(makeAlertmanagerImporter());
    list.push_back(makeJournaldImporter());
    list.push_back(makeK8sEventsImporter());
    list.push_back(makeSyslogImporter());
    list.push_back(makeLogImporter());
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
