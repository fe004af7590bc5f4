// SPDX-License-Identifier: GPL-3.0-or-later
// The scripted edits of the crash-recovery test: the child process makes them and the test makes
// them again, to know what the restored document must be. Deterministic: ids, times and texts
// depend only on the step number.
#pragma once

#include "document.h"

#include <QUndoStack>

namespace causeway::recoveryscript {

inline Instant timeOf(int step)
{
    return Instant::fromUtcMicroseconds((1776153600LL + step * 7LL) * 1000000LL, 3600);
}

/**
 * Step \a step of the varied script: every kind of edit the journal writes (add, change, move,
 * connect, remove, a macro, undo and redo, a bulk append, the incident, a section, the template).
 */
inline void variedEdit(Document &doc, int step)
{
    const QString n = QString::number(step);
    switch (step % 14) {
    case 0: {
        TimelineEvent e;
        e.time = timeOf(step);
        e.text = QStringLiteral("Event of step %1").arg(n);
        doc.add(e);
        break;
    }
    case 1: {
        TimelineEvent e = doc.events().last();
        e.text += QStringLiteral(", edited in step %1 — ü ✓").arg(n);
        doc.change(e);
        doc.sealEdits();
        break;
    }
    case 2: {
        CausalNode node;
        node.label = QStringLiteral("Condition %1").arg(n);
        doc.add(node);
        break;
    }
    case 3: {
        CausalNode node;
        node.type = NodeType::Trigger;
        node.label = QStringLiteral("Trigger %1").arg(n);
        const NodeId id = doc.add(node);
        doc.connect(doc.nodes().at(doc.nodes().size() - 2).id, id, LinkKind::Causes);
        break;
    }
    case 4:
        doc.placeNodes(
            { { doc.nodes().last().id, QPointF(step * 3.5, -step), true } }, QStringLiteral("Move"));
        break;
    case 5:
        doc.setSection(
            QStringLiteral("summary"), QStringLiteral("Summary as of step %1.\nSecond line.").arg(n));
        break;
    case 6: {
        Incident incident = doc.incident();
        incident.title = QStringLiteral("Incident title %1").arg(n);
        doc.changeIncident(incident);
        break;
    }
    case 7: {
        QVector<TimelineEvent> events;
        for (int i = 0; i < 5; ++i) {
            TimelineEvent e;
            e.time = timeOf(step * 10 + i);
            e.text = QStringLiteral("Imported %1.%2").arg(n).arg(i);
            events.append(e);
        }
        doc.appendEvents(events, QStringLiteral("Import"));
        break;
    }
    case 8:
        doc.undoStack()->undo(); // the import goes again
        break;
    case 9:
        doc.undoStack()->redo(); // and comes back
        break;
    case 10: {
        CorrectiveAction action;
        action.title = QStringLiteral("Action item %1").arg(n);
        doc.add(action);
        break;
    }
    case 11:
        // A node with its links: removed together, one step of several records.
        doc.removeNodes({ doc.nodes().last().id });
        break;
    case 12:
        doc.removeEvents({ doc.events().first().id });
        break;
    case 13:
        doc.setTemplate(step % 28 == 13 ? TemplateId::Atlassian : TemplateId::GoogleSre);
        break;
    }
}

/**
 * Step \a step of the streaming script, whose every edit is one journal record: killed at any
 * moment, the journal holds either all of an edit or none of it.
 */
inline void singleRecordEdit(Document &doc, int step)
{
    const QString n = QString::number(step);
    switch (step % 4) {
    case 0: {
        TimelineEvent e;
        e.time = timeOf(step);
        e.text = QStringLiteral("Event %1").arg(n);
        doc.add(e);
        break;
    }
    case 1: {
        TimelineEvent e = doc.events().last();
        e.text += QStringLiteral(" (checked in step %1)").arg(n);
        doc.change(e);
        doc.sealEdits();
        break;
    }
    case 2:
        doc.setSection(QStringLiteral("summary"), QStringLiteral("Summary of step %1").arg(n));
        break;
    case 3: {
        CausalNode node;
        node.label = QStringLiteral("Node %1").arg(n);
        doc.add(node);
        break;
    }
    }
}

} // namespace causeway::recoveryscript
