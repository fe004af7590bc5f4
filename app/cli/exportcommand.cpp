// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "checkcommand.h"
#include "document.h"
#include "export/exporter.h"
#include "export/exporters.h"
#include "format/documentfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>

namespace causeway {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

QString formatList()
{
    QStringList lines;
    const ExporterRegistry &registry = exporterRegistry();
    for (int i = 0; i < registry.suffixes().size(); ++i)
        lines << QStringLiteral("  .%1  %2").arg(registry.suffixes().at(i), registry.filters().at(i));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool isExportInvocation(int argc, char **argv)
{
    return argc > 1 && !std::strcmp(argv[1], "export");
}

void useOffscreenPlatformWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the document in another format, chosen by the output file's extension:\n") + formatList());
    parser.addHelpOption();
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), QStringLiteral("OUT"));
    parser.addOption(output);
    const QCommandLineOption audience(QStringLiteral("audience"),
        tr("Who reads it: internal (everything, the default) or leadership (roles instead of names, no raw "
           "evidence, no private notes)."),
        QStringLiteral("AUDIENCE"), QStringLiteral("internal"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"), tr("Roles instead of people's names."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        tr("PDF page size: A4 (the default) or Letter."), QStringLiteral("SIZE"), QStringLiteral("A4"));
    parser.addOptions({ audience, anonymize, pageSize });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .causeway document."));
    if (!parser.parse(arguments)) {
        err << tr("causeway export: %1").arg(parser.errorText()) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QStringLiteral("causeway export"));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString target = parser.value(output);
    if (files.size() != 1 || target.isEmpty()) {
        err << tr("causeway export: give one document and an output file. Usage: causeway export FILE -o "
                  "OUT.pdf|OUT.md|OUT.svg|OUT.png [--audience internal|leadership] [--anonymize] "
                  "[--page-size "
                  "A4|Letter]")
            << '\n';
        return ExitUsage;
    }
    ExportOptions options;
    const QString audienceName = parser.value(audience).toLower();
    if (audienceName == QLatin1String("leadership")) {
        options.audience = Audience::Leadership;
    } else if (audienceName != QLatin1String("internal")) {
        err << tr("causeway export: --audience: expected internal or leadership, got \"%1\"")
                   .arg(parser.value(audience))
            << '\n';
        return ExitUsage;
    }
    options.anonymize = parser.isSet(anonymize);
    const QString pageName = parser.value(pageSize).toLower();
    if (pageName == QLatin1String("letter")) {
        options.pageSize = PageSize::Letter;
    } else if (pageName != QLatin1String("a4")) {
        err << tr("causeway export: --page-size: expected A4 or Letter, got \"%1\"")
                   .arg(parser.value(pageSize))
            << '\n';
        return ExitUsage;
    }
    const Exporter *exporter = exporterRegistry().forFileName(target);
    if (!exporter) {
        QStringList extensions;
        for (const QString &suffix : exporterRegistry().suffixes())
            extensions << QStringLiteral(".") + suffix;
        err << tr("causeway export: %1: unknown output format \"%2\"; expected one of %3")
                   .arg(QDir::toNativeSeparators(target), QFileInfo(target).suffix(),
                       extensions.join(QStringLiteral(", ")))
            << '\n';
        return ExitUsage;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("causeway export: painting needs a graphical application object") << '\n';
        return ExitWriteError;
    }
    const LoadResult loaded = loadDocument(files.first());
    if (!loaded.document) {
        for (const LoadError &e : loaded.errors)
            err << e.toString(files.first()) << '\n';
        return ExitLoadError;
    }
    QString error;
    if (!exportTo(loaded.document->content(), options, *exporter, target, &error)) {
        err << tr("causeway export: %1").arg(error) << '\n';
        return ExitWriteError;
    }
    out << tr("%1: wrote %2").arg(files.first(), QDir::toNativeSeparators(target)) << '\n';
    return ExitOk;
}

} // namespace causeway
