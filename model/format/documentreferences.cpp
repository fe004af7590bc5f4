// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's last check: every id a document refers to (people, events, nodes, actions) exists.
#include "documentcontentreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace causeway::reading {

namespace {

template<class T>
std::vector<quint64> sortedIds(const QVector<T> &items)
{
    std::vector<quint64> ids;
    ids.reserve(size_t(items.size()));
    for (const T &item : items)
        ids.push_back(item.id.value);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void Reader::checkReferences(const DocumentContent &c)
{
    // Sorted arrays rather than hash sets: 8 bytes an id while a million events are loaded.
    const std::vector<quint64> people = sortedIds(c.people);
    const std::vector<quint64> events = sortedIds(c.events);
    const std::vector<quint64> nodes = sortedIds(c.nodes);
    const std::vector<quint64> actions = sortedIds(c.actions);

    using Ids = std::vector<quint64>;
    auto check = [this](const Ids &ids, const char *what, const QString &path, quint64 id) {
        if (id != 0 && !std::binary_search(ids.begin(), ids.end(), id))
            fail(path,
                QCoreApplication::translate("causeway::DocumentReader", "no %1 has id %2")
                    .arg(QLatin1String(what))
                    .arg(id));
    };
    auto checkList = [&](const Ids &ids, const char *what, const QString &path, const auto &list) {
        for (int i = 0; i < list.size(); ++i)
            check(ids, what, path + QStringLiteral("[%1]").arg(i), list.at(i).value);
    };
    auto at = [](const char *list, int i, const char *key) {
        return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(i).arg(QLatin1String(key));
    };

    check(people, "person", QStringLiteral("incident.commander"), c.incident.commander.value);
    checkList(people, "person", QStringLiteral("incident.authors"), c.incident.authors);
    checkList(people, "person", QStringLiteral("incident.reviewers"), c.incident.reviewers);
    for (int i = 0; i < c.events.size(); ++i)
        check(people, "person", at("timeline", i, "person"), c.events.at(i).person.value);
    for (int i = 0; i < c.nodes.size(); ++i)
        checkList(events, "timeline event", at("nodes", i, "evidenceEvents"), c.nodes.at(i).evidenceEvents);
    for (int i = 0; i < c.links.size(); ++i) {
        check(nodes, "node", at("links", i, "from"), c.links.at(i).from.value);
        check(nodes, "node", at("links", i, "to"), c.links.at(i).to.value);
    }
    for (int i = 0; i < c.answers.size(); ++i) {
        const DifferentEngineerAnswer &a = c.answers.at(i);
        check(nodes, "node", at("differentEngineer", i, "node"), a.node.value);
        check(nodes, "node", at("differentEngineer", i, "defence"), a.defence.value);
        checkList(actions, "action", at("differentEngineer", i, "actions"), a.actions);
    }
    for (int i = 0; i < c.actions.size(); ++i) {
        check(people, "person", at("actions", i, "owner"), c.actions.at(i).owner.value);
        checkList(nodes, "node", at("actions", i, "addresses"), c.actions.at(i).addresses);
    }
    for (int i = 0; i < c.evidence.size(); ++i) {
        checkList(events, "timeline event", at("evidence", i, "events"), c.evidence.at(i).events);
        checkList(nodes, "node", at("evidence", i, "nodes"), c.evidence.at(i).nodes);
    }
}

} // namespace causeway::reading
