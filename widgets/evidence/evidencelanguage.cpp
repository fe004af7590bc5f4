// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencelanguage.h"

#include "highlighting/syntaxrepository.h"

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#endif

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace causeway {

namespace {

const QString LogLanguage = QStringLiteral("Log File (simplified)");

#ifndef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
// What incidents usually carry; the names are KSyntaxHighlighting's, for files shared across builds.
struct KnownLanguage
{
    const char *name;
    const char *patterns; // space-separated suffixes ("sql") or whole names ("Dockerfile")
};
const KnownLanguage KnownLanguages[] = {
    { "Bash", "sh bash .bashrc .profile" },
    { "Diff", "diff patch rej" },
    { "Dockerfile", "Dockerfile" },
    { "GDB Backtrace", "crash bt" },
    { "Go", "go" },
    { "INI Files", "ini .gitconfig .editorconfig" },
    { "Java", "java" },
    { "Java Properties", "properties" },
    { "JavaScript", "js mjs" },
    { "JSON", "json" },
    { "Log File (simplified)", "log" },
    { "Markdown", "md markdown" },
    { "Python", "py" },
    { "SQL", "sql ddl" },
    { "SQL (MySQL)", "" },
    { "SQL (PostgreSQL)", "" },
    { "TOML", "toml" },
    { "XML", "xml svg" },
    { "YAML", "yaml yml" },
};
#endif

bool startsWithAny(const QString &text, const QRegularExpression &re)
{
    return re.match(text).hasMatch();
}

} // namespace

bool canHighlightEvidence()
{
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QStringList evidenceLanguages()
{
    QStringList names;
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    for (const KSyntaxHighlighting::Definition &definition : syntaxRepository().definitions()) {
        if (!definition.isHidden())
            names << definition.name();
    }
#else
    for (const KnownLanguage &language : KnownLanguages)
        names << QLatin1String(language.name);
#endif
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString languageForFileName(const QString &fileName)
{
    if (fileName.isEmpty())
        return QString();
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    // No match gives an invalid definition, which still has a name ("None").
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForFileName(fileName);
    return definition.isValid() ? definition.name() : QString();
#else
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    for (const KnownLanguage &language : KnownLanguages) {
        const QStringList patterns = QString::fromLatin1(language.patterns).split(QLatin1Char(' '));
        if (patterns.contains(info.fileName()) || (!suffix.isEmpty() && patterns.contains(suffix)))
            return QLatin1String(language.name);
    }
    return QString();
#endif
}

QString guessLanguage(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if ((trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) &&
        !QJsonDocument::fromJson(trimmed.toUtf8()).isNull())
        return QStringLiteral("JSON");
    static const QRegularExpression pythonTrace(
        QStringLiteral("^Traceback \\(most recent call last\\):"), QRegularExpression::MultilineOption);
    if (startsWithAny(trimmed, pythonTrace))
        return QStringLiteral("Python");
    static const QRegularExpression javaTrace(
        QStringLiteral("^\\s+at [\\w$.<>]+\\([\\w$.]*(:\\d+)?\\)"), QRegularExpression::MultilineOption);
    if (startsWithAny(trimmed, javaTrace))
        return QStringLiteral("Java");
    static const QRegularExpression gdbTrace(
        QStringLiteral("^#\\d+\\s+0x[0-9a-f]+ in "), QRegularExpression::MultilineOption);
    if (startsWithAny(trimmed, gdbTrace))
        return QStringLiteral("GDB Backtrace");
    static const QRegularExpression shell(QStringLiteral("^(#!/\\S*(ba|z|)sh|\\$ \\S)"));
    if (startsWithAny(trimmed, shell))
        return QStringLiteral("Bash");
    static const QRegularExpression sql(
        QStringLiteral(
            "^(--[^\\n]*\\n\\s*)*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|BEGIN|EXPLAIN)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (startsWithAny(trimmed, sql))
        return QStringLiteral("SQL");
    // A timestamp at the start of most lines: ISO 8601, or syslog's "Apr 14 10:02:13".
    static const QRegularExpression stamped(QStringLiteral(
        "^(\\[?\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d|[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d)"));
    const QStringList lines = trimmed.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto stampedLines = std::count_if(
        lines.begin(), lines.end(), [](const QString &line) { return stamped.match(line).hasMatch(); });
    if (stampedLines * 2 > lines.size())
        return LogLanguage;
    // A YAML document: "key:" lines and list items, and nothing that looks like prose.
    static const QRegularExpression yamlLine(
        QStringLiteral("^(---|\\s*#.*|\\s*- .*|\\s*[\\w.-]+:(\\s.*)?)$"));
    const auto yamlLines = std::count_if(
        lines.begin(), lines.end(), [](const QString &line) { return yamlLine.match(line).hasMatch(); });
    if (lines.size() >= 2 && yamlLines == lines.size())
        return QStringLiteral("YAML");
    return QString();
}

} // namespace causeway
