// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QPointer>
#include <QSyntaxHighlighter>

#include <optional>

class QAbstractScrollArea;

namespace causeway {

class Document;

/**
 * Underlines the language findings of one prose field in its editor (wavy, in the severity's
 * colour; dotted and grey when acknowledged), with the message and suggestion as a tooltip.
 *
 * It checks the editor's own text on every change, so marks never lag behind typing or point at
 * stale ranges; the document supplies the people's names and the acknowledgements. Attach it to
 * the QTextDocument of a QTextEdit or QPlainTextEdit that edits \a field of \a entity:
 *
 *     auto *marks = new FindingsHighlighter(doc, EntityRef::of(EntityKind::Node, id), "label",
 * edit->document()); marks->installToolTips(edit);
 */
class FindingsHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    FindingsHighlighter(
        const Document *document, const EntityRef &entity, const QString &field, QTextDocument *text);

    EntityRef entity() const { return m_entity; }
    QString field() const { return m_field; }
    /// The findings of the editor's current text, with positions in that text.
    const Findings &findings() const { return m_findings; }
    /// The finding whose range covers \a position of the text, if any.
    std::optional<Finding> findingAt(int position) const;
    /// Shows findingAt()'s tooltip when the mouse rests over a mark in \a editor (a QTextEdit or
    /// QPlainTextEdit on this highlighter's document).
    void installToolTips(QAbstractScrollArea *editor);

Q_SIGNALS:
    void findingsChanged();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();

    QPointer<const Document> m_document;
    EntityRef m_entity;
    QString m_field;
    Findings m_findings;
    QString m_checkedText;
    QPointer<QAbstractScrollArea> m_editor;
};

} // namespace causeway
