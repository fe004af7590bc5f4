// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingshighlighter.h"

#include "checks/analysis.h"
#include "document.h"
#include "findingstyle.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolTip>

namespace causeway {

FindingsHighlighter::FindingsHighlighter(
    const Document *document, const EntityRef &entity, const QString &field, QTextDocument *text)
    : QSyntaxHighlighter(text)
    , m_document(document)
    , m_entity(entity)
    , m_field(field)
{
    // Acknowledging or reopening, and renaming people, change the marks without any typing.
    connect(document, &Document::acknowledgementsChanged, this, &QSyntaxHighlighter::rehighlight);
    connect(document, &Document::personChanged, this, &QSyntaxHighlighter::rehighlight);
    connect(document, &Document::personAdded, this, &QSyntaxHighlighter::rehighlight);
    connect(document, &Document::personRemoved, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

void FindingsHighlighter::recheck()
{
    const QString text = document()->toPlainText();
    m_checkedText = text;
    Findings findings;
    if (m_document) {
        ProseField field;
        field.place.entity = m_entity;
        field.place.field = m_field;
        field.text = text;
        field.isAction = m_entity.kind == EntityKind::Action;
        if (m_entity.kind == EntityKind::Node) {
            const CausalNode *n = m_document->node(NodeId(m_entity.id));
            field.isCause = n && n->type != NodeType::Outcome;
        } else if (m_entity.kind == EntityKind::Link) {
            const CausalLink *l = m_document->link(LinkId(m_entity.id));
            field.isCause = l && l->why;
        }
        findings = checkProse(*m_document, field);
        for (Finding &f : findings) {
            if (const Acknowledgement *a =
                    m_document->acknowledgement(f.checkId, f.place.entity, f.place.field)) {
                f.acknowledged = true;
                f.acknowledgementReason = a->reason;
            }
        }
    }
    if (findings != m_findings) {
        m_findings = findings;
        Q_EMIT findingsChanged();
    }
}

void FindingsHighlighter::highlightBlock(const QString &text)
{
    // Findings span blocks and this runs once per block: check the whole text once per change of
    // it, and again at the first block of a full rehighlight (acknowledgements or names changed).
    if (currentBlock().blockNumber() == 0 || document()->toPlainText() != m_checkedText)
        recheck();
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const Finding &f : m_findings) {
        const int start = qMax(f.place.start, blockStart);
        const int end = qMin(f.place.start + f.place.length, blockEnd);
        if (start >= end)
            continue;
        QTextCharFormat format;
        if (f.acknowledged) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(Qt::gray);
        } else {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(severityColor(f.severity));
        }
        setFormat(start - blockStart, end - start, format);
    }
}

std::optional<Finding> FindingsHighlighter::findingAt(int position) const
{
    for (const Finding &f : m_findings) {
        if (position >= f.place.start && position < f.place.start + f.place.length)
            return f;
    }
    return std::nullopt;
}

void FindingsHighlighter::installToolTips(QAbstractScrollArea *editor)
{
    if (m_editor)
        m_editor->viewport()->removeEventFilter(this);
    m_editor = editor;
    if (editor)
        editor->viewport()->installEventFilter(this);
}

bool FindingsHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_editor || watched != m_editor->viewport())
        return QSyntaxHighlighter::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    QTextCursor cursor;
    if (auto *edit = qobject_cast<QTextEdit *>(m_editor))
        cursor = edit->cursorForPosition(help->pos());
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_editor))
        cursor = plain->cursorForPosition(help->pos());
    const std::optional<Finding> f = cursor.isNull() ? std::nullopt : findingAt(cursor.position());
    if (f)
        QToolTip::showText(help->globalPos(), findingToolTip(*f), m_editor->viewport());
    else
        QToolTip::hideText();
    return true;
}

} // namespace causeway
