// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: under a German locale the window, the form, the checks and the command line speak
// German; every text the app asks for has a German translation (so a mistyped context or a string
// that lupdate cannot see is caught); and the catalogues stay complete, with every placeholder and
// accelerator of the source, as strings are added to the code.
#include "checks/analysis.h"
#include "document.h"
#include "export/exporter.h"
#include "export/exporters.h"
#include "form/templates.h"
#include "format/documentfile.h"
#include "labels.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

Q_DECLARE_METATYPE(causeway::NodeType)
Q_DECLARE_METATYPE(causeway::ActionStatus)

using namespace causeway;

namespace {

/// Sits in front of the real translators and notes every text the app asks them for.
class RecordingTranslator : public QTranslator
{
public:
    struct Request
    {
        QString context;
        QString source;
        QString disambiguation;
        int n;
    };

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        if (sourceText && *sourceText) {
            m_requests.append({ QString::fromUtf8(context), QString::fromUtf8(sourceText),
                QString::fromUtf8(disambiguation), n });
        }
        return QString(); // the translators behind it answer
    }
    bool isEmpty() const override { return false; }
    const QVector<Request> &requests() const { return m_requests; }

private:
    mutable QVector<Request> m_requests;
};

/// One message of a .ts file: what a translator sees.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "", "unfinished", "vanished" or "obsolete"
    QStringList forms; ///< the translation, or its plural forms
};

QVector<Message> readCatalogue(const QString &fileName, QString *error)
{
    QVector<Message> messages;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

/// The placeholders of \a text, each once: %1 … %99 and %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

/// Whether \a text marks a keyboard accelerator: "&File" (not "&&", not an entity such as "&nbsp;").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)\\S"));
    return text.contains(pattern);
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *a : actions)
        titles << a->text();
    return titles;
}

QStringList catalogueFiles()
{
    return QStringLiteral(CAUSEWAY_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void englishNeedsNoCatalogue();
    void germanCatalogueLoads();
    void menusInGerman();
    void keyStringsInGerman_data();
    void keyStringsInGerman();
    void labelsInsideSentences_data();
    void labelsInsideSentences();
    void everyRequestedTextIsTranslated();
    void commandLineFollowsTheEnvironment_data();
    void commandLineFollowsTheEnvironment();
    void cataloguesAreComplete();
    void cataloguesCoverTheSources();

private:
    void useGerman();
    QString m_sample;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!m_sample.isEmpty());
    QVERIFY(!catalogueFiles().isEmpty());
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
    installTranslators(QLocale::c());
}

void TestTranslations::useGerman()
{
    // The same call main() makes, with the locale a German desktop reports.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslators(QLocale()));
}

void TestTranslations::englishNeedsNoCatalogue()
{
    QVERIFY(!installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
    MainWindow window;
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
}

void TestTranslations::germanCatalogueLoads()
{
    QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Austria))); // falls back to "de"
    QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("causeway::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestTranslations::menusInGerman()
{
    useGerman();
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join(QLatin1String(", "))));
    QCOMPARE(titles.at(0), QStringLiteral("&Datei"));
    QCOMPARE(titles.at(1), QStringLiteral("&Bearbeiten"));
    QCOMPARE(titles.at(2), QStringLiteral("&Ansicht"));

    QStringList editItems;
    const auto editActions = window.menuBar()->actions().at(1)->menu()->actions();
    for (const QAction *a : editActions)
        editItems << a->text();
    QVERIFY2(
        editItems.contains(QStringLiteral("&Rückgängig")), qPrintable(editItems.join(QLatin1String(", "))));
    QVERIFY2(editItems.contains(QStringLiteral("&Wiederherstellen")),
        qPrintable(editItems.join(QLatin1String(", "))));

    QStringList tabs;
    for (int i = 0; i < window.tabs()->count(); ++i)
        tabs << window.tabs()->tabText(i);
    QCOMPARE(tabs,
        QStringList({ QStringLiteral("&Zeitleiste"), QStringLiteral("&Kausaldiagramm"),
            QStringLiteral("&Post-Mortem") }));
}

void TestTranslations::keyStringsInGerman_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("form section title") << QStringLiteral("section") << QStringLiteral("Grundursachen");
    QTest::newRow("template name") << QStringLiteral("template")
                                   << QStringLiteral("Grundursachenanalyse (Standard)");
    QTest::newRow("check message") << QStringLiteral("check")
                                   << QStringLiteral("Kein direkter Auslöser benannt");
    QTest::newRow("undo text") << QStringLiteral("undo") << QStringLiteral("Ereignis hinzufügen");
}

void TestTranslations::keyStringsInGerman()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    useGerman();
    QString actual;
    if (what == QLatin1String("section")) {
        actual = sectionDefinition(QStringLiteral("root-causes"))->title();
    } else if (what == QLatin1String("template")) {
        actual = templateName(allTemplates().constFirst());
    } else if (what == QLatin1String("check")) {
        Document empty;
        QStringList messages;
        for (const Finding &f : runChecks(empty))
            messages << f.message;
        actual = messages.join(QLatin1Char('\n'));
    } else if (what == QLatin1String("undo")) {
        Document document;
        document.add(TimelineEvent());
        actual = document.undoStack()->undoText();
    }
    QVERIFY2(actual.contains(expected), qPrintable(actual));
}

void TestTranslations::labelsInsideSentences_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<QVariant>("value"); // a NodeType (a noun) or an ActionStatus (an adjective)
    QTest::addColumn<QString>("inSentence");
    // English lower-cases every label inside a sentence; German only its adjectives, never nouns.
    const auto row = [](const char *name, bool german, QVariant value, const char *expected) {
        QTest::newRow(name) << german << value << QString::fromUtf8(expected);
    };
    row("English condition", false, QVariant::fromValue(NodeType::Condition), "condition");
    row("English warning sign", false, QVariant::fromValue(NodeType::WarningSign), "warning sign");
    row("English status", false, QVariant::fromValue(ActionStatus::InProgress), "in progress");
    row("German condition", true, QVariant::fromValue(NodeType::Condition), "Bedingung");
    row("German warning sign", true, QVariant::fromValue(NodeType::WarningSign), "Warnzeichen");
    row("German status", true, QVariant::fromValue(ActionStatus::Open), "offen");
}

void TestTranslations::labelsInsideSentences()
{
    QFETCH(bool, german);
    QFETCH(QVariant, value);
    QFETCH(QString, inSentence);
    if (german)
        useGerman();
    const QString actual = value.userType() == qMetaTypeId<NodeType>()
        ? labelInSentence(label(value.value<NodeType>()))
        : labelInSentence(label(value.value<ActionStatus>()), LabelWord::Other);
    QCOMPARE(actual, inSentence);
}

void TestTranslations::everyRequestedTextIsTranslated()
{
    useGerman();
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/translations/causeway_de.qm")));
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder); // the last installed is asked first

    {
        // The window over the sample, each view shown, the checks run and the reports written.
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(m_sample));
        for (const char *view : { "timeline", "diagram", "form" }) {
            QVERIFY(window.showView(QLatin1String(view)));
            QCoreApplication::processEvents();
        }
        runChecks(*window.document());
        QTemporaryDir dir;
        for (const char *suffix : { "md", "pdf", "svg", "png" }) {
            const QString out = dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
            const Exporter *exporter = exporterRegistry().forFileName(out);
            QVERIFY(exporter);
            QString error;
            QVERIFY2(exportTo(window.document()->content(), ExportOptions(), *exporter, out, &error),
                qPrintable(error));
        }
    }
    QCoreApplication::removeTranslator(&recorder);

    // Qt's own classes (QShortcut, QUndoModel …) bring their own catalogues.
    static const QRegularExpression qtContext(QStringLiteral("^Q[A-Z]"));
    QStringList untranslated;
    QSet<QString> seen;
    for (const RecordingTranslator::Request &r : recorder.requests()) {
        if (r.context.contains(qtContext))
            continue;
        const QString key = r.context + QLatin1Char('|') + r.source;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QByteArray context = r.context.toUtf8();
        const QByteArray source = r.source.toUtf8();
        const QByteArray disambiguation = r.disambiguation.toUtf8();
        if (german
                .translate(context.constData(), source.constData(),
                    r.disambiguation.isEmpty() ? nullptr : disambiguation.constData(), r.n)
                .isEmpty()) {
            untranslated << QStringLiteral("%1: \"%2\"").arg(r.context, r.source);
        }
    }
    QVERIFY2(seen.size() > 300, qPrintable(QString::number(seen.size())));
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestTranslations::commandLineFollowsTheEnvironment_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG, usage error")
        << QStringList { QStringLiteral("LANG=de_DE.UTF-8") } << QStringList { QStringLiteral("check") }
        << QStringLiteral(
               "causeway check: keine Datei angegeben. Aufruf: causeway check [--format text|json] DATEI...");
    QTest::newRow("LANGUAGE, usage error")
        << QStringList { QStringLiteral("LANGUAGE=de"), QStringLiteral("LC_ALL=C.UTF-8") }
        << QStringList { QStringLiteral("check") } << QStringLiteral("keine Datei angegeben");
    QTest::newRow("LANG, help") << QStringList { QStringLiteral("LANG=de_DE.UTF-8") }
                                << QStringList { QStringLiteral("--help") }
                                << QStringLiteral("Befehle (keine Anzeige nötig):");
    QTest::newRow("English stays English")
        << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QStringList { QStringLiteral("check") }
        << QStringLiteral("causeway check: no file given");
}

void TestTranslations::commandLineFollowsTheEnvironment()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAUSEWAY_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void TestTranslations::cataloguesAreComplete()
{
    for (const QString &fileName : catalogueFiles()) {
        QString error;
        const QVector<Message> messages = readCatalogue(fileName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 500, qPrintable(fileName));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where =
                QStringLiteral("%1: %2 \"%3\"").arg(QFileInfo(fileName).fileName(), m.context, m.source);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the code; lupdate -no-obsolete drops them
            if (m.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral(": unfinished");
                continue;
            }
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2)) {
                problems << where + QStringLiteral(": missing plural forms");
                continue;
            }
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                const QSet<QString> got = placeholders(form);
                for (const QString &p : wanted) {
                    // A singular form may say "1" or "one" instead of %n.
                    if (!got.contains(p) &&
                        !(m.numerus && p == QLatin1String("%n") && &form == &m.forms.first()))
                        problems << where + QStringLiteral(": translation \"%1\" drops %2").arg(form, p);
                }
                for (const QString &p : got) {
                    if (!wanted.contains(p))
                        problems << where + QStringLiteral(": translation \"%1\" adds %2").arg(form, p);
                }
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << where + QStringLiteral(": accelerator (&) differs in \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::cataloguesCoverTheSources()
{
    // lupdate run over the sources into a copy of each catalogue must find nothing new: a string
    // added to the code without a translation (or one lupdate cannot see) fails here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &fileName : catalogueFiles()) {
        const QString copy = dir.filePath(QFileInfo(fileName).fileName());
        QVERIFY(QFile::copy(fileName, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CAUSEWAY_SOURCE_DIR));
        lupdate.start(QStringLiteral(CAUSEWAY_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("widgets"),
                QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QVector<Message> before = readCatalogue(fileName, &error);
        const QVector<Message> after = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList added;
        for (const Message &m : after) {
            if (m.type == QLatin1String("unfinished"))
                added << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        }
        QVERIFY2(added.isEmpty(),
            qPrintable(QStringLiteral("%1 has no translation for these texts of the code; run the "
                                      "update_translations target and translate them:\n%2")
                           .arg(QFileInfo(fileName).fileName(), added.join(QLatin1Char('\n')))));
        QCOMPARE(after.size(), before.size());
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
