// SPDX-License-Identifier: GPL-3.0-or-later
#include "whyssummary.h"

#include "diagram/fivewhys.h"
#include "document.h"
#include "formstyle.h"
#include "labels.h"
#include "theme/theme.h"

namespace causeway {

WhysSummary::WhysSummary(Document *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The muted colour of the empty text is worked out for the palette: again after a theme switch.
    theme::followPalette(this, [this] { rebuild(); });
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

QString WhysSummary::chainHtml(const WhyTree &tree)
{
    // The tree's steps come in pre-order, so the nested lists can be written in one pass: a step
    // whose effect has several answers opens a list of its own for what lies below it, closed
    // when the walk comes back up to its depth. (No recursion: a chain may be very long.)
    struct Closer
    {
        int depth;
        QLatin1String html;
    };
    QVector<Closer> open;
    QVector<int> level(tree.steps().size(), 0); // indentation of steps() lines: branches passed
    QString html;
    for (int i = 1; i < tree.steps().size(); ++i) {
        const WhyStep &step = tree.step(i);
        const WhyStep &parent = tree.step(step.parent);
        while (!open.isEmpty() && open.last().depth >= step.depth)
            html += open.takeLast().html;
        const CausalNode *cause = m_document->node(step.node);
        const CausalNode *effect = m_document->node(parent.node);
        if (!cause || !effect)
            continue;
        const bool branching = tree.branches(step.parent);
        level[i] = parent.depth == 0 ? 0 : level.at(step.parent) + (tree.branches(parent.parent) ? 1 : 0);
        m_steps << QString(level.at(i) * 2, QLatin1Char(' ')) + cause->label;

        QString item =
            QStringLiteral("<li style='margin-bottom:6px'><span style='color:%3'>%1</span><br><b>%2</b>")
                .arg(tr("Why: “%1”?").arg(effect->label.toHtmlEscaped()),
                    tr("Because: %1").arg(cause->label.toHtmlEscaped()),
                    formstyle::textColor(QColor(0x66, 0x66, 0x66)));
        if (cause->rootCause)
            item += QStringLiteral(" <span style='color:white;background:#1d4e89'>&nbsp;%1&nbsp;</span>")
                        .arg(tr("root cause"));
        if (step.cycle)
            item += QStringLiteral(" <i>%1</i>").arg(tr("(cycle)"));
        else if (step.repeated)
            item += QStringLiteral(" <i>%1</i>").arg(tr("(answered above)"));
        else if (step.children.isEmpty() && !cause->rootCause)
            item += QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg(formstyle::textColor(QColor(0x9a, 0x67, 0x00)),
                            tr("The chain stops here without a root cause: ask why once more."));

        // A single answer continues the same numbered list; several answers each get their own
        // item with what lies below them nested inside it.
        if (branching && !step.children.isEmpty()) {
            html += item + QStringLiteral("<ol>");
            open.append({ step.depth, QLatin1String("</ol></li>") });
        } else {
            html += item + QStringLiteral("</li>");
        }
    }
    while (!open.isEmpty())
        html += open.takeLast().html;
    return html;
}

void WhysSummary::rebuild()
{
    m_steps.clear();
    QString html;
    for (NodeId outcome : whyOutcomes(*m_document)) {
        const WhyTree tree(*m_document, outcome);
        const QString chain = chainHtml(tree);
        if (chain.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ol>%2</ol>")
                    .arg(m_document->node(outcome)->label.toHtmlEscaped(), chain);
    }
    if (html.isEmpty())
        html = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(palette().color(QPalette::PlaceholderText).name(),
                       tr("No why-steps yet. On the causal diagram, mark the links from the outcome back to "
                          "a root "
                          "cause as why-steps."));
    setText(html);
}

} // namespace causeway
