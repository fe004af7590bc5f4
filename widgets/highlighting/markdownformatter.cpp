// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownformatter.h"

#include "syntaxrepository.h"

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace causeway {

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING

// Collects the formats KSyntaxHighlighting reports for one line as format ranges.
class MarkdownFormatter::Engine : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    Engine() { setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown"))); }

    QVector<QTextLayout::FormatRange> line(const QString &text, KSyntaxHighlighting::State *state)
    {
        m_ranges.clear();
        *state = highlightLine(QStringView(text), *state);
        return m_ranges;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const KSyntaxHighlighting::Theme t = theme();
        if (length <= 0 || format.isDefaultTextStyle(t))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(t))
            f.setForeground(format.textColor(t));
        if (format.hasBackgroundColor(t))
            f.setBackground(format.backgroundColor(t));
        if (format.isBold(t))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(t))
            f.setFontItalic(true);
        if (format.isUnderline(t))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(t))
            f.setFontStrikeOut(true);
        if (f.properties().isEmpty())
            return;
        QTextLayout::FormatRange range;
        range.start = offset;
        range.length = length;
        range.format = f;
        m_ranges.append(range);
    }

private:
    QVector<QTextLayout::FormatRange> m_ranges;
};

MarkdownFormatter::MarkdownFormatter()
    : m_engine(std::make_unique<Engine>())
{
    setDark(false);
}

bool MarkdownFormatter::isAvailable() const
{
    return m_engine->definition().isValid();
}

void MarkdownFormatter::setDark(bool dark)
{
    m_dark = dark;
    m_engine->setTheme(syntaxRepository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
}

QVector<QTextLayout::FormatRange> MarkdownFormatter::formatLine(const QString &line, MarkdownLineState &state)
{
    if (!isAvailable())
        return {};
    return m_engine->line(line, &state.m_state);
}

#else

class MarkdownFormatter::Engine
{
};

MarkdownFormatter::MarkdownFormatter() = default;

bool MarkdownFormatter::isAvailable() const
{
    return false;
}

void MarkdownFormatter::setDark(bool dark)
{
    m_dark = dark;
}

QVector<QTextLayout::FormatRange> MarkdownFormatter::formatLine(const QString &, MarkdownLineState &)
{
    return {};
}

#endif

MarkdownFormatter::~MarkdownFormatter() = default;

} // namespace causeway
