// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "checkcommand.h"
#include "exportcommand.h"
#include "importcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <gvc.h>

#include <cstdio>

namespace causeway {

namespace {

const char *const Subcommands[] = { "check", "import", "export" };

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

QString graphvizVersion()
{
    // The version comes from the library this binary runs with, not the headers it was built with.
    GVC_t *context = gvContext();
    const QString version = QString::fromUtf8(gvcVersion(context));
    gvFreeContext(context);
    return version;
}

int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loads each document without a window, reports load errors on standard error and the "
           "findings of the analysis checks on standard output.\n"
           "Text: one line per open finding, FILE: place: severity: check-id: message.\n"
           "JSON: one array of objects with file, place, entity, id, field, start, length, severity, "
           "check, message, suggestion and acknowledged (acknowledged findings included).\n"
           "Exit status 0 when all load and no error finding is open, 1 when one is, 2 when a "
           "document does not load, 64 on a usage error."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("How to print the findings: text (the default) or json."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("A .causeway document."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    const QString formatName = parser.value(formatOption);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        err << tr("causeway check: unknown format \"%1\"; expected text or json.").arg(formatName) << '\n';
        return ExitUsage;
    }
    const CheckFormat format = formatName == QLatin1String("json") ? CheckFormat::Json : CheckFormat::Text;
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QStringLiteral("causeway check"));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("causeway check: no file given. Usage: causeway check [--format text|json] FILE...")
            << '\n';
        return ExitUsage;
    }
    return runCheck(files, out, err, format);
}

} // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "-v") ||
            !std::strcmp(a, "--version") || !std::strcmp(a, "--help-all"))
            return true;
    }
    if (argc > 1) {
        for (const char *command : Subcommands) {
            if (!std::strcmp(argv[1], command))
                return true;
        }
    }
    return false;
}

QString versionText()
{
    QString text = QStringLiteral("causeway %1\n").arg(QCoreApplication::applicationVersion());
    text +=
        tr("Qt %1 (built with %2)\n").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    text += tr("Graphviz %1\n").arg(graphvizVersion());
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    text += tr("KSyntaxHighlighting %1\n").arg(QStringLiteral(CAUSEWAY_KSYNTAXHIGHLIGHTING_VERSION));
#else
    text += tr("KSyntaxHighlighting: not available in this build (code is shown as plain text)\n");
#endif
    return text;
}

QString subcommandHelp()
{
    return tr("Commands (no display needed):\n"
              "  check [--format text|json] FILE...\n"
              "                  Load each document, report load errors as FILE: place: message and\n"
              "                  the findings of the analysis checks as lines or one JSON array.\n"
              "                  Exit status 0 when all load and no error finding is open, 1 when\n"
              "                  one is, 2 when a document does not load, 64 on a usage error.\n"
              "  import --format FORMAT SOURCE... --into FILE [--zone ZONE] [--year YEAR]\n"
              "                  Append events from alerts, chat, logs and other sources to FILE\n"
              "                  (created when missing). `causeway import --help` lists the formats.\n"
              "                  Exit status 0 when events were read, 3 when none could be.\n"
              "  export FILE -o OUT.svg|OUT.png\n"
              "                  Draw the causal diagram of FILE as SVG or PNG. Exit status 0 when\n"
              "                  written, 2 when FILE cannot be loaded, 4 when OUT cannot be written.\n");
}

void configureMainParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Causeway turns an outage into a blameless post-mortem: a timeline, a causal diagram and a "
           "structured post-mortem form over one document.") +
        QStringLiteral("\n\n") + subcommandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("screenshot"),
        tr("Save a picture of the window to FILE once it is shown, then quit."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("view"), tr("Open at a view: timeline, diagram or form."), QStringLiteral("VIEW")));
    // For the start-up benchmark (docs/benchmarks.md); not for people, so not in --help.
    QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
        tr("Print the time from the start of the process to the window's first paint, then quit."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    parser.addOption(QCommandLineOption(QStringLiteral("theme"),
        tr("Use the system, light or dark theme for this run (Settings > Configure Causeway… keeps a "
           "choice)."),
        QStringLiteral("THEME")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("A .causeway document to open."), QStringLiteral("[FILE]"));
}

int runHeadless(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("check"))
        return runCheckCommand(arguments.mid(1), out, err);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("import"))
        return runImportCommand(arguments.mid(1), out, err);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export"))
        return runExportCommand(arguments.mid(1), out, err);

    QCommandLineParser parser;
    configureMainParser(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << versionText();
        return ExitOk;
    }
    out << parser.helpText();
    return ExitOk;
}

} // namespace causeway
