// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsyntax.h"

#include <QRegularExpression>
#include <QVector>

namespace causeway::markdown {

namespace {

int longestRun(const QString &text, QChar c)
{
    int longest = 0;
    int run = 0;
    for (QChar ch : text) {
        run = ch == c ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

// Characters that start inline markup anywhere in a line, escaped with a backslash (CommonMark
// allows a backslash before any ASCII punctuation). '<' and '&' become entities so that neither HTML
// nor an entity written by the user is interpreted.
QString escapeInline(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'~':
        case u'!':
            out += QLatin1Char('\\');
            out += c;
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        default:
            out += c;
        }
    }
    // At the start of a line these would make a heading, list, quote or rule.
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+\\-=]|\\d+[.)])"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        const QString marker = m.captured(2);
        const QString escaped = marker.at(0).isDigit()
            ? QString(marker.left(marker.size() - 1) + QLatin1Char('\\') + marker.right(1))
            : QString(QLatin1Char('\\') + marker);
        out.replace(m.capturedStart(2), marker.size(), escaped);
    }
    return out;
}

} // namespace

QString inlineText(const QString &text)
{
    return escapeInline(text.simplified());
}

QString tableCell(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(escapeInline(simple));
    }
    // A cell is one line of Markdown: the line breaks are ours, not the user's HTML.
    return lines.join(QStringLiteral("<br>"));
}

QString prose(const QString &markdown)
{
    // Raw HTML is the one thing user Markdown may not carry into a wiki page; outside code it is
    // shown as text. Code spans and fenced blocks are kept byte for byte.
    QString out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString fence;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty() &&
            (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))) {
            int n = 0;
            while (n < trimmed.size() && trimmed.at(n) == trimmed.at(0))
                ++n;
            fence = trimmed.left(n);
            out += line + QLatin1Char('\n');
            continue;
        }
        if (!fence.isEmpty()) {
            out += line + QLatin1Char('\n');
            if (trimmed.startsWith(fence) && trimmed.mid(fence.size()).trimmed().isEmpty())
                fence.clear();
            continue;
        }
        // Outside fences: '<' becomes an entity except inside code spans.
        QString converted;
        int i = 0;
        while (i < line.size()) {
            if (line.at(i) == QLatin1Char('`')) {
                int n = 0;
                while (i + n < line.size() && line.at(i + n) == QLatin1Char('`'))
                    ++n;
                const QString ticks(n, QLatin1Char('`'));
                const int close = line.indexOf(ticks, i + n);
                if (close >= 0) {
                    converted += line.mid(i, close + n - i);
                    i = close + n;
                    continue;
                }
                converted += ticks;
                i += n;
                continue;
            }
            converted += line.at(i) == QLatin1Char('<') ? QStringLiteral("&lt;") : QString(line.at(i));
            ++i;
        }
        out += converted + QLatin1Char('\n');
    }
    if (!fence.isEmpty())
        out += fence + QLatin1Char('\n'); // an unclosed fence would swallow the rest of the page
    while (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out.trimmed().isEmpty() ? QString() : out;
}

QString codeSpan(const QString &text)
{
    const QString simple = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString ticks(longestRun(simple, QLatin1Char('`')) + 1, QLatin1Char('`'));
    const bool pad = simple.startsWith(QLatin1Char('`')) || simple.endsWith(QLatin1Char('`')) ||
        simple.startsWith(QLatin1Char(' '));
    if (pad)
        return ticks + QLatin1Char(' ') + simple + QLatin1Char(' ') + ticks;
    return ticks + simple + ticks;
}

QString fenceLanguage(const QString &definitionName)
{
    QString name = definitionName.toLower();
    name.replace(QLatin1String("c++"), QLatin1String("cpp"));
    name.replace(QLatin1String("c#"), QLatin1String("csharp"));
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('_'))
            out += c;
    }
    return out;
}

QString fencedBlock(const QString &text, const QString &language)
{
    const QString fence(qMax(3, longestRun(text, QLatin1Char('`')) + 1), QLatin1Char('`'));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + fenceLanguage(language) + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    auto line = [](const QStringList &cells) -> QString {
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    QStringList headerCells;
    for (const QString &cell : header)
        headerCells.append(tableCell(cell));
    QString out = line(headerCells);
    QStringList rule;
    for (int i = 0; i < header.size(); ++i)
        rule.append(QStringLiteral("---"));
    out += QStringLiteral("|") + rule.join(QStringLiteral("|")) + QStringLiteral("|\n");
    for (QStringList row : rows) {
        while (row.size() < header.size())
            row.append(QString());
        out += line(row.mid(0, header.size()));
    }
    return out;
}

QString heading(int level, const QString &text)
{
    return QString(qBound(1, level, 6), QLatin1Char('#')) + QLatin1Char(' ') + inlineText(text) +
        QLatin1Char('\n');
}

QString anchor(const QString &heading)
{
    QString out;
    for (QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

} // namespace causeway::markdown
