// SPDX-License-Identifier: GPL-3.0-or-later
#include "prosehighlighter.h"

#include "checks/analysis.h"
#include "checks/findingstyle.h"
#include "document.h"
#include "theme/themecolors.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace causeway {

namespace {
/// The Markdown state at the end of a block, kept with the block for the next one to start from.
class MarkdownBlockData : public QTextBlockUserData
{
public:
    explicit MarkdownBlockData(const MarkdownLineState &state)
        : endState(state)
    { }
    MarkdownLineState endState;
};
} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

ProseHighlighter::ProseHighlighter(
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
    m_markdown.setDark(isDarkPalette(QGuiApplication::palette()));
    rehighlight();
}

void ProseHighlighter::setPlace(const EntityRef &entity, const QString &field)
{
    if (entity == m_entity && field == m_field)
        return;
    m_entity = entity;
    m_field = field;
    rehighlight();
}

void ProseHighlighter::setDark(bool dark)
{
    if (dark == m_markdown.isDark())
        return;
    m_markdown.setDark(dark);
    rehighlight();
}

void ProseHighlighter::recheck()
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

void ProseHighlighter::highlightBlock(const QString &text)
{
    applyMarkdown(text);
    underlineFindings(text);
}

void ProseHighlighter::applyMarkdown(const QString &text)
{
    if (!m_markdown.isAvailable())
        return;
    // A line's Markdown depends on the lines before it (a code fence, a list): start from the
    // state the previous block ended in.
    MarkdownLineState state;
    if (auto *previous = static_cast<MarkdownBlockData *>(currentBlock().previous().userData()))
        state = previous->endState;
    for (const QTextLayout::FormatRange &range : m_markdown.formatLine(text, state))
        setFormat(range.start, range.length, range.format);
    auto *mine = static_cast<MarkdownBlockData *>(currentBlockUserData());
    const bool changed = !mine || mine->endState != state;
    if (mine)
        mine->endState = state;
    else
        setCurrentBlockUserData(new MarkdownBlockData(state));
    // QSyntaxHighlighter goes on to the next block only when the block state changes.
    if (changed)
        setCurrentBlockState(qMax(0, currentBlockState() + 1) % 0x10000);
}

void ProseHighlighter::underlineFindings(const QString &text)
{
    // Findings span blocks and this runs once per block: check the whole text once per change of
    // it, and again at the first block of a full rehighlight (acknowledgements or names changed).
    if (currentBlock().blockNumber() == 0 || document()->toPlainText() != m_checkedText)
        recheck();
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const Finding &f : qAsConst(m_findings)) {
        const int start = qMax(f.place.start, blockStart);
        const int end = qMin(f.place.start + f.place.length, blockEnd);
        // Laid over the Markdown formats character by character, so that a bold word keeps its
        // weight under the underline.
        for (int i = start - blockStart; i < end - blockStart; ++i) {
            QTextCharFormat format = this->format(i);
            if (f.acknowledged) {
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(QGuiApplication::palette().color(QPalette::PlaceholderText));
            } else {
                format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                // Marks are not text: 3:1 against the field's background is what WCAG asks of them.
                format.setUnderlineColor(
                    theme::readableOnBase(severityColor(f.severity), QGuiApplication::palette(), 3.0));
            }
            setFormat(i, 1, format);
        }
    }
}

std::optional<Finding> ProseHighlighter::findingAt(int position) const
{
    for (const Finding &f : m_findings) {
        if (position >= f.place.start && position < f.place.start + f.place.length)
            return f;
    }
    return std::nullopt;
}

void ProseHighlighter::installToolTips(QAbstractScrollArea *editor)
{
    if (m_editor) {
        m_editor->viewport()->removeEventFilter(this);
        m_editor->removeEventFilter(this);
    }
    m_editor = editor;
    if (editor) {
        editor->viewport()->installEventFilter(this);
        editor->installEventFilter(this);
        setDark(isDarkPalette(editor->palette()));
    }
}

bool ProseHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // The editor is looked at only for the events handled here: the filter also sees the events
    // of the editor's destruction, when it is no longer a QAbstractScrollArea.
    const QEvent::Type type = event->type();
    if (type != QEvent::ApplicationPaletteChange && type != QEvent::PaletteChange && type != QEvent::ToolTip)
        return QSyntaxHighlighter::eventFilter(watched, event);
    // A theme switch changes the colours the marks are drawn in.
    if (type != QEvent::ToolTip && m_editor && watched == m_editor->viewport())
        rehighlight();
    if (m_editor && watched == m_editor && type == QEvent::PaletteChange)
        setDark(isDarkPalette(m_editor->palette()));
    if (type != QEvent::ToolTip || !m_editor || watched != m_editor->viewport())
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
