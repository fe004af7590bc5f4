// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "form/templates.h"

#include <QString>
#include <QVector>

namespace causeway {

/// One part of an exported report, in the order the document's template gives.
struct ReportPart
{
    enum class Kind { Prose, Nodes, FiveWhys, DifferentEngineer, Actions, Lessons, Diagram };
    QString key; ///< the section key ("summary", "conditions", "actions", …); "diagram" for the picture
    QString title;
    Kind kind = Kind::Prose;
    QVector<NodeType> nodeTypes; ///< for Nodes: the node types it lists
};

/**
 * The parts of the report for \a content: the sections of its form template (model/form/templates.h)
 * in their order, the causal diagram after the Five Whys (or after the last section of causes),
 * then any section that holds text but is not in the template, so that nothing the user wrote is
 * left out of an export. The timeline and the evidence are appendices and not listed.
 */
QVector<ReportPart> reportOutline(const DocumentContent &content);

/**
 * Has \a page write what \a part shows besides its prose, the same way for every export format:
 * the page provides conditions(), defences(), warningSigns(), nodeList(NodeType), fiveWhys(),
 * differentEngineer(), actions(), lessons() and diagram(). False for a part that is prose only.
 */
template<class Page>
bool writePartStructure(const ReportPart &part, Page &page)
{
    switch (part.kind) {
    case ReportPart::Kind::Prose:
        return false;
    case ReportPart::Kind::Nodes:
        for (NodeType type : part.nodeTypes) {
            if (type == NodeType::Condition)
                page.conditions();
            else if (type == NodeType::Defence)
                page.defences();
            else if (type == NodeType::WarningSign)
                page.warningSigns();
            else
                page.nodeList(type);
        }
        return true;
    case ReportPart::Kind::FiveWhys:
        page.fiveWhys();
        return true;
    case ReportPart::Kind::DifferentEngineer:
        page.differentEngineer();
        return true;
    case ReportPart::Kind::Actions:
        page.actions();
        return true;
    case ReportPart::Kind::Lessons:
        page.lessons();
        return true;
    case ReportPart::Kind::Diagram:
        page.diagram();
        return true;
    }
    return false;
}

} // namespace causeway
