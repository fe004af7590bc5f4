// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextLayout>
#include <QVector>

#include <memory>

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/State>
#endif

namespace causeway {

/// Where a Markdown line starts: inside a code fence, a list, ... (opaque; compare and copy only).
class MarkdownLineState
{
public:
    friend bool operator==(const MarkdownLineState &a, const MarkdownLineState &b)
    {
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
        return a.m_state == b.m_state;
#else
        Q_UNUSED(a);
        Q_UNUSED(b);
        return true;
#endif
    }
    friend bool operator!=(const MarkdownLineState &a, const MarkdownLineState &b)
    {
        return !(a == b);
    }

private:
    friend class MarkdownFormatter;
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::State m_state;
#endif
};

/**
 * The Markdown formats of prose (headings, emphasis, code spans, links, lists), one line at a
 * time, from KSyntaxHighlighting's Markdown definition and a light or dark theme. Text in the
 * normal style gets no format, so the editor's own colours and font show through.
 *
 * It produces formats rather than being a QSyntaxHighlighter because a QTextDocument takes only
 * one highlighter: the prose highlighter lays other marks (the findings) over these formats.
 * Where the build has no KSyntaxHighlighting, isAvailable() is false and every line stays plain.
 */
class MarkdownFormatter
{
public:
    MarkdownFormatter();
    ~MarkdownFormatter();
    MarkdownFormatter(const MarkdownFormatter &) = delete;
    MarkdownFormatter &operator=(const MarkdownFormatter &) = delete;

    /// Whether lines get Markdown formats in this build.
    bool isAvailable() const;
    /// The theme for a dark background (true) or a light one.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

    /**
     * The formats of \a line, with positions in \a line. \a state is where the line starts (what
     * the previous line's call left in it; default-constructed for the first line) and becomes
     * where the next line starts.
     */
    QVector<QTextLayout::FormatRange> formatLine(const QString &line, MarkdownLineState &state);

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_dark = false;
};

} // namespace causeway
