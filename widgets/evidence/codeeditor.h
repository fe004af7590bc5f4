// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace causeway {

/**
 * A monospace text editor with line numbers in a gutter, for code, configs and logs. Where the
 * build has KSyntaxHighlighting it colours the text in the language set with setLanguage(), with
 * the light or dark default theme that matches the palette, and switches theme when the palette
 * changes; otherwise it shows plain monospace text.
 */
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /// A KSyntaxHighlighting definition name ("SQL"); "" or an unknown name shows plain text.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    /// Whether the dark theme is in use (the palette's window colour is dark).
    bool usesDarkTheme() const { return m_dark; }

    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void applyTheme();

    QWidget *m_lineNumbers;
    QString m_language;
    bool m_dark = false;
    bool m_applyingTheme = false;
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
#endif
};

} // namespace causeway
