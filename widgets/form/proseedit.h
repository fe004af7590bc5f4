// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

#include <functional>

namespace causeway {

class Document;

/**
 * A multi-line editor of Markdown prose bound to one field of the document (a form section, a
 * node's description, an answer's explanation, ...).
 *
 * Typing writes through the document while it happens, and the changes of one visit merge into one
 * undo step: leaving the field seals it (Document::sealEdits()). When the field changes from
 * elsewhere (undo, redo, another view) the editor takes the new text without creating a step and
 * keeps the cursor where it was in the unchanged text.
 *
 * Formatting help: Ctrl+B and Ctrl+I wrap the selection in ** and *, Ctrl+K makes it a link,
 * Ctrl+` a code span; Enter continues a list.
 *
 * Analysis can decorate the text through textDocument() (e.g. a QSyntaxHighlighter that underlines
 * findings); fieldKey() names what the text is, e.g. "section/summary", "node/3/description".
 */
class ProseEdit : public QTextEdit
{
    Q_OBJECT
public:
    using Reader = std::function<QString()>;
    using Writer = std::function<void(const QString &)>;

    ProseEdit(
        Document *document, const QString &fieldKey, Reader read, Writer write, QWidget *parent = nullptr);

    QString fieldKey() const { return m_fieldKey; }
    /// For fields whose entity is created on first edit (an answer not given yet).
    void setFieldKey(const QString &key);
    QTextDocument *textDocument() const { return document(); }
    /// Re-reads the field; call when the document says it may have changed.
    void refresh();
    /// At least this many lines tall; the editor grows with its text.
    void setMinimumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void fieldKeyChanged(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onTextChanged();
    void wrapSelection(const QString &before, const QString &after);
    void insertLink();
    bool continueList();
    void updateHeight();
    int contentHeight() const;

    Document *m_document;
    QString m_fieldKey;
    Reader m_read;
    Writer m_write;
    int m_minimumLines = 3;
    bool m_updating = false;
};

} // namespace causeway
