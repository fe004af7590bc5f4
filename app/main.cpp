// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "translations.h"
#include "windowlayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Causeway"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("causeway.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("causeway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAUSEWAY_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // Commands that need no window run under QCoreApplication, so they work without a display.
    if (causeway::isExportInvocation(argc, argv)) {
        // Painting a picture needs fonts and a paint engine: a GUI application, but no window.
        causeway::useOffscreenPlatformWithoutDisplay();
        QGuiApplication app(argc, argv);
        setApplicationNames();
        causeway::installTranslators(QLocale::system());
        return causeway::runHeadless(app.arguments());
    }
    if (causeway::isHeadlessInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        causeway::installTranslators(QLocale::system());
        return causeway::runHeadless(app.arguments());
    }

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // Qt 6 scales for High-DPI screens by itself; Qt 5 must be told before the application exists.
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    setApplicationNames();
    // Before any window or text is made: menus, dialogs and Qt's own buttons follow the system language.
    causeway::installTranslators(QLocale::system());
    QApplication::setApplicationDisplayName(QStringLiteral("Causeway"));
    // The installed theme icon where there is one (the desktop shows the same), else the built-in one.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.causeway.Causeway"), QIcon(QStringLiteral(":/icons/causeway.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.causeway.Causeway"));

    QCommandLineParser parser;
    causeway::configureMainParser(parser);
    parser.process(app);
    // --theme chooses for this run only; the stored choice stays as it is.
    const QString themeKey = parser.value(QStringLiteral("theme"));
    if (!themeKey.isEmpty() &&
        causeway::theme::choiceKey(causeway::theme::choiceFromKey(themeKey)) != themeKey) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "causeway: --theme: expected system, light or dark, got \"%1\"")
                                   .arg(themeKey)
                            << '\n';
        return 64;
    }
    const causeway::ThemeChoice theme =
        themeKey.isEmpty() ? causeway::AppSettings::load().theme : causeway::theme::choiceFromKey(themeKey);
    if (theme != causeway::ThemeChoice::System)
        causeway::theme::apply(theme);

    causeway::MainWindow window;
    const QStringList files = parser.positionalArguments();
    QSettings settings;
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (!settings.value(QStringLiteral("sampleShown")).toBool()) {
        // The first start shows a complete post-mortem, so the method is visible from the start.
        window.openSample();
        settings.setValue(QStringLiteral("sampleShown"), true);
    }
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    // A picture for the documentation has the built-in layout, not this user's.
    if (screenshot.isEmpty())
        causeway::windowlayout::restore(&window, window.tabs());
    const QString view = parser.value(QStringLiteral("view"));
    if (!view.isEmpty() && !window.showView(view)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "causeway: --view: expected timeline, diagram or form, got \"%1\"")
                                   .arg(view)
                            << '\n';
        return 64;
    }
    if (parser.isSet(QStringLiteral("exit-after-first-paint")))
        causeway::exitAfterFirstPaint(&window);
    window.show();
    // What a crash left behind is offered once the window is up.
    QTimer::singleShot(0, &window, &causeway::MainWindow::offerRecovery);

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
