// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QStringList>

namespace causeway {

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

namespace {

// Collects the formatted runs of one line as HTML spans.
class HtmlLineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString line(const QString &text, KSyntaxHighlighting::State *state)
    {
        m_text = text;
        m_html.clear();
        m_position = 0;
        *state = highlightLine(text, *state);
        if (m_position < m_text.size())
            m_html += m_text.mid(m_position).toHtmlEscaped();
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_position)
            m_html += m_text.mid(m_position, offset - m_position).toHtmlEscaped();
        const QString run = m_text.mid(offset, length).toHtmlEscaped();
        QStringList style;
        if (format.hasTextColor(theme()))
            style << QStringLiteral("color:%1").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style << QStringLiteral("font-weight:bold");
        if (format.isItalic(theme()))
            style << QStringLiteral("font-style:italic");
        m_html += style.isEmpty()
            ? run
            : QStringLiteral("<span style=\"%1\">%2</span>").arg(style.join(QLatin1Char(';')), run);
        m_position = offset + length;
    }

private:
    QString m_text;
    QString m_html;
    int m_position = 0;
};

} // namespace

QString highlightedHtml(const QString &code, const QString &language, const QString &fileName, bool dark)
{
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    KSyntaxHighlighting::Definition definition = repository.definitionForName(language);
    if (!definition.isValid() && !fileName.isEmpty())
        definition = repository.definitionForFileName(fileName);
    if (!definition.isValid())
        return code.toHtmlEscaped();
    HtmlLineHighlighter highlighter;
    highlighter.setDefinition(definition);
    highlighter.setTheme(repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    KSyntaxHighlighting::State state;
    QStringList lines;
    for (const QString &line : code.split(QLatin1Char('\n')))
        lines.append(highlighter.line(line, &state));
    return lines.join(QLatin1Char('\n'));
}

#else

QString highlightedHtml(const QString &code, const QString &, const QString &, bool)
{
    return code.toHtmlEscaped();
}

#endif

} // namespace causeway
