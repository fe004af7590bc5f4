// SPDX-License-Identifier: GPL-3.0-or-later
#include "whyssummary.h"

#include "document.h"
#include "formstyle.h"
#include "labels.h"

namespace causeway {

WhysSummary::WhysSummary(Document *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    rebuild();
    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &WhysSummary::rebuild);
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        if (fields & (CausalNode::Field::Label | CausalNode::Field::Type | CausalNode::Field::RootCause))
            rebuild();
    });
    for (auto signal : { &Document::linkAdded, &Document::linkRemoved })
        connect(document, signal, this, &WhysSummary::rebuild);
    connect(document, &Document::linkChanged, this, &WhysSummary::rebuild);
}

QString WhysSummary::branch(NodeId effect, int depth, QVector<NodeId> &path)
{
    QVector<const CausalLink *> whys;
    for (const CausalLink &l : m_document->links()) {
        if (l.why && l.to == effect && m_document->node(l.from))
            whys << &l;
    }
    const CausalNode *of = m_document->node(effect);
    QString html;
    for (const CausalLink *l : qAsConst(whys)) {
        const CausalNode *cause = m_document->node(l->from);
        m_steps << QStringLiteral("%1%2").arg(QString(depth * 2, QLatin1Char(' ')), cause->label);
        QString item =
            QStringLiteral("<li style='margin-bottom:6px'><span style='color:%3'>%1</span><br><b>%2</b>")
                .arg(tr("Why: “%1”?").arg(of->label.toHtmlEscaped()),
                    tr("Because: %1").arg(cause->label.toHtmlEscaped()),
                    formstyle::textColor(QColor(0x66, 0x66, 0x66)));
        if (cause->rootCause)
            item += QStringLiteral(" <span style='color:white;background:#1d4e89'>&nbsp;%1&nbsp;</span>")
                        .arg(tr("root cause"));
        QString deeper;
        if (path.contains(cause->id)) {
            item += QStringLiteral(" <i>%1</i>").arg(tr("(cycle)"));
        } else {
            path << cause->id;
            // A single answer continues the same numbered chain; several answers branch into a tree.
            deeper = branch(cause->id, whys.size() == 1 ? depth : depth + 1, path);
            path.removeLast();
            if (deeper.isEmpty() && !cause->rootCause)
                item += QStringLiteral("<br><span style='color:%1'>%2</span>")
                            .arg(formstyle::textColor(QColor(0x9a, 0x67, 0x00)),
                                tr("The chain stops here without a root cause: ask why once more."));
        }
        if (whys.size() == 1) {
            html += item + QStringLiteral("</li>") + deeper;
        } else {
            if (!deeper.isEmpty())
                item += QStringLiteral("<ol>%1</ol>").arg(deeper);
            html += item + QStringLiteral("</li>");
        }
    }
    return html;
}

void WhysSummary::rebuild()
{
    m_steps.clear();
    QString html;
    for (const CausalNode &n : m_document->nodes()) {
        if (n.type != NodeType::Outcome)
            continue;
        QVector<NodeId> path { n.id };
        const QString chain = branch(n.id, 0, path);
        if (chain.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ol>%2</ol>").arg(n.label.toHtmlEscaped(), chain);
    }
    if (html.isEmpty())
        html =
            QStringLiteral("<span style='color:#666'>%1</span>")
                .arg(tr(
                    "No why-steps yet. On the causal diagram, mark the links from the outcome back to a root "
                    "cause as why-steps."));
    setText(html);
}

} // namespace causeway
