// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"
#include "markdownformatter.h"

#include <QPointer>
#include <QSyntaxHighlighter>

#include <optional>

class QAbstractScrollArea;

namespace causeway {

class Document;

/**
 * The one highlighter of a Markdown prose field (a QTextDocument takes only one): the Markdown
 * formats (MarkdownFormatter: headings, emphasis, code spans, links, where the build has
 * KSyntaxHighlighting) with the field's language findings laid over them as underlines (wavy, in
 * the severity's colour; dotted and grey when acknowledged), and the finding's message and
 * suggestion as a tooltip.
 *
 * It checks the editor's own text on every change, so marks never lag behind typing or point at
 * stale ranges; the document supplies the people's names and the acknowledgements. Attach it to
 * the QTextDocument of a QTextEdit or QPlainTextEdit that edits \a field of \a entity:
 *
 *     auto *marks = new ProseHighlighter(doc, EntityRef::of(EntityKind::Node, id), "description",
 *         edit->document());
 *     marks->installToolTips(edit);
 */
class ProseHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    ProseHighlighter(
        const Document *document, const EntityRef &entity, const QString &field, QTextDocument *text);

    EntityRef entity() const { return m_entity; }
    QString field() const { return m_field; }
    /// For a field whose entity is made on the first edit (an answer not given yet).
    void setPlace(const EntityRef &entity, const QString &field);
    /// The findings of the editor's current text, with positions in that text.
    const Findings &findings() const { return m_findings; }
    /// The finding whose range covers \a position of the text, if any.
    std::optional<Finding> findingAt(int position) const;
    /**
     * Shows findingAt()'s tooltip when the mouse rests over a mark in \a editor (a QTextEdit or
     * QPlainTextEdit on this highlighter's document), and follows the lightness of \a editor's
     * palette with a light or dark Markdown theme.
     */
    void installToolTips(QAbstractScrollArea *editor);
    /// Whether the Markdown formats use the dark theme.
    bool isDark() const { return m_markdown.isDark(); }
    void setDark(bool dark);
    /// Whether Markdown gets formats in this build (it needs KSyntaxHighlighting).
    bool highlightsMarkdown() const { return m_markdown.isAvailable(); }

Q_SIGNALS:
    void findingsChanged();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    void applyMarkdown(const QString &text);
    void underlineFindings(const QString &text);

    QPointer<const Document> m_document;
    EntityRef m_entity;
    QString m_field;
    Findings m_findings;
    QString m_checkedText;
    QPointer<QAbstractScrollArea> m_editor;
    MarkdownFormatter m_markdown;
};

/// Whether \a palette is a dark one (its base, where text is edited, is dark).
bool isDarkPalette(const QPalette &palette);

} // namespace causeway
