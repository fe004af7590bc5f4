// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidflowchart.h"

#include "enumnames.h"
#include "labels.h"

#include <QCoreApplication>
#include <QSet>

namespace causeway {

namespace {

QString nodeName(NodeId id)
{
    return QStringLiteral("n%1").arg(id.value);
}

QString className(NodeType type)
{
    switch (type) {
    case NodeType::Outcome:
        return QStringLiteral("outcome");
    case NodeType::Trigger:
        return QStringLiteral("trigger");
    case NodeType::Condition:
        return QStringLiteral("condition");
    case NodeType::Defence:
        return QStringLiteral("defence");
    case NodeType::WarningSign:
        return QStringLiteral("warningSign");
    case NodeType::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

// Shapes echo the canvas: the outcome a stadium, the trigger a hexagon, a defence a
// parallelogram (a barrier), a warning sign an asymmetric flag, an unknown a circle.
QString shaped(NodeType type, const QString &label)
{
    const QString q = QLatin1Char('"') + label + QLatin1Char('"');
    switch (type) {
    case NodeType::Outcome:
        return QStringLiteral("([%1])").arg(q);
    case NodeType::Trigger:
        return QStringLiteral("{{%1}}").arg(q);
    case NodeType::Condition:
        return QStringLiteral("[%1]").arg(q);
    case NodeType::Defence:
        return QStringLiteral("[/%1/]").arg(q);
    case NodeType::WarningSign:
        return QStringLiteral(">%1]").arg(q);
    case NodeType::Unknown:
        return QStringLiteral("((%1))").arg(q);
    }
    return QStringLiteral("[%1]").arg(q);
}

QString arrow(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Causes:
        return QStringLiteral("-->");
    case LinkKind::Enables:
        return QStringLiteral("-.->");
    case LinkKind::FailedToStop:
        return QStringLiteral("--x");
    case LinkKind::WarnedOf:
        return QStringLiteral("-.->");
    case LinkKind::Limited:
        return QStringLiteral("==>");
    }
    return QStringLiteral("-->");
}

} // namespace

QString mermaidLabel(const QString &text)
{
    QString out;
    for (QChar c : text.simplified()) {
        switch (c.unicode()) {
        case u'"':
        case u'#':
        case u'<':
        case u'>':
        case u'&':
        case u'`':
        case u'\\':
        case u'|':
        case u'{':
        case u'}':
        case u'[':
        case u']':
        case u'(':
        case u')':
        case u';':
            out += QStringLiteral("#%1;").arg(c.unicode());
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString mermaidFlowchart(const DocumentContent &content)
{
    QString out = QStringLiteral("flowchart LR\n");
    QSet<NodeId> known;
    QStringList roots;
    for (const CausalNode &n : content.nodes) {
        known.insert(n.id);
        QString label = n.label.simplified().isEmpty()
            ? QCoreApplication::translate("causeway::mermaidFlowchart", "(unnamed)")
            : n.label;
        if (n.type == NodeType::Defence && n.defenceState)
            label += QStringLiteral(" (%1)").arg(
                labelInSentence(causeway::label(*n.defenceState), LabelWord::Other));
        out += QStringLiteral("    %1%2:::%3\n")
                   .arg(nodeName(n.id), shaped(n.type, mermaidLabel(label)), className(n.type));
        if (n.rootCause)
            roots.append(nodeName(n.id));
    }
    for (const CausalLink &l : content.links) {
        if (!known.contains(l.from) || !known.contains(l.to))
            continue;
        QString kind = labelInSentence(causeway::label(l.kind), LabelWord::Other);
        if (l.why)
            kind = QCoreApplication::translate("causeway::mermaidFlowchart", "%1 · why").arg(kind);
        out += QStringLiteral("    %1 %2|\"%3\"| %4\n")
                   .arg(nodeName(l.from), arrow(l.kind), mermaidLabel(kind), nodeName(l.to));
    }
    // Colours readable on light and dark pages, the same hues as the canvas.
    out +=
        QStringLiteral("    classDef outcome fill:#fde2e1,stroke:#b42318,color:#1f1f1f\n"
                       "    classDef trigger fill:#fff1d6,stroke:#b54708,color:#1f1f1f\n"
                       "    classDef condition fill:#e0ecff,stroke:#1d4ed8,color:#1f1f1f\n"
                       "    classDef defence fill:#dcfae6,stroke:#067647,color:#1f1f1f\n"
                       "    classDef warningSign fill:#fef7c3,stroke:#a15c07,color:#1f1f1f\n"
                       "    classDef unknown fill:#eaecf0,stroke:#475467,color:#1f1f1f,stroke-dasharray:4 3\n"
                       "    classDef rootCause stroke-width:3px\n");
    if (!roots.isEmpty())
        out += QStringLiteral("    class %1 rootCause\n").arg(roots.join(QLatin1Char(',')));
    return out;
}

} // namespace causeway
