// SPDX-License-Identifier: GPL-3.0-or-later
// The user's settings: they survive a restart, the preferences dialog applies the theme at once and
// the defaults on File > New, recent files keep their order and limit and drop missing files, and
// the window comes back as it was left. Runs in QStandardPaths test mode with its own organisation,
// so the user's real settings are never read or written.
#include "appsettings.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramwidget.h"
#include "document.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "settingsdialog.h"
#include "theme/themecolors.h"
#include "windowlayout.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

Q_DECLARE_METATYPE(causeway::ThemeChoice)

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void unreadableSettingsFallBackToDefaults();
    void dialogAppliesThemeAndDefaults();
    void dialogRejectsAnUnknownZone();
    void preferencesActionHasItsShortcut();
    void recentFilesAreMostRecentFirst();
    void recentFilesKeepTen();
    void missingRecentFileIsRemovedWhenTried();
    void recentMenuListsFilesAndClears();
    void openAndSaveUpdateRecentFiles();
    void windowLayoutIsSavedOnCloseAndRestored();
    void layoutOfAnotherVersionIsIgnored();

private:
    QString makeFile(const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestSettings::initTestCase()
{
    qRegisterMetaType<AppSettings>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QVERIFY(QSettings().fileName().contains(QLatin1String("qttest")));
    m_sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!m_sample.isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::cleanupTestCase()
{
    QSettings().clear();
    theme::apply(ThemeChoice::System);
}

QString TestSettings::makeFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("{}");
    return path;
}

void TestSettings::settingsRoundTrip_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<TemplateId>("templateId");
    QTest::newRow("defaults") << ThemeChoice::System << QStringLiteral("UTC") << TemplateId::Default;
    QTest::newRow("dark, Berlin, SRE")
        << ThemeChoice::Dark << QStringLiteral("Europe/Berlin") << TemplateId::GoogleSre;
    QTest::newRow("light, Tokyo, Atlassian")
        << ThemeChoice::Light << QStringLiteral("Asia/Tokyo") << TemplateId::Atlassian;
}

void TestSettings::settingsRoundTrip()
{
    QFETCH(ThemeChoice, theme);
    QFETCH(QString, zone);
    QFETCH(TemplateId, templateId);
    AppSettings written;
    written.theme = theme;
    written.defaultZone = zone;
    written.defaultTemplate = templateId;
    written.save();
    QSettings().sync();
    const AppSettings read = AppSettings::load();
    QCOMPARE(read.theme, theme);
    QCOMPARE(read.defaultZone, zone);
    QCOMPARE(read.defaultTemplate, templateId);
    QVERIFY(read == written);

    const DocumentContent content = read.newDocumentContent();
    QCOMPARE(content.incident.zone, zone);
    QCOMPARE(content.templateId, templateId);
}

void TestSettings::unreadableSettingsFallBackToDefaults()
{
    QSettings settings;
    settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon"));
    settings.setValue(QStringLiteral("newDocument/zone"), QStringLiteral("Mars/Olympus_Mons"));
    settings.setValue(QStringLiteral("newDocument/template"), QStringLiteral("from-the-future"));
    settings.sync();
    QVERIFY(AppSettings::load() == AppSettings());
}

void TestSettings::dialogAppliesThemeAndDefaults()
{
    MainWindow window;
    window.show(); // Qt hands palette changes down from shown windows
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!theme::isDark(window.palette()));
    SettingsDialog dialog(&window);
    AppSettings chosen;
    chosen.theme = ThemeChoice::Dark;
    chosen.defaultZone = QStringLiteral("America/New_York");
    chosen.defaultTemplate = TemplateId::Atlassian;
    dialog.setSettings(chosen);
    QVERIFY(dialog.settings() == chosen);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QVERIFY(dialog.apply());
    QCOMPARE(applied.count(), 1);

    // The theme at once: the application, the window and the canvas are dark now.
    QCOMPARE(theme::current(), ThemeChoice::Dark);
    QVERIFY(theme::isDark(QApplication::palette()));
    QTRY_VERIFY(theme::isDark(window.palette())); // Qt 6 hands it down from the event loop
    QTRY_VERIFY(window.diagramView()->scene()->palette().dark);
    // Stored for the next start.
    QVERIFY(AppSettings::load() == chosen);

    // The open document keeps its zone; File > New starts in the default zone and template.
    QCOMPARE(window.document()->incident().zone, QStringLiteral("UTC"));
    QAction *newAction = window.findChild<QAction *>(QStringLiteral("fileNew"));
    QVERIFY(newAction);
    newAction->trigger();
    QCOMPARE(window.document()->incident().zone, QStringLiteral("America/New_York"));
    QCOMPARE(window.document()->templateId(), TemplateId::Atlassian);
    QVERIFY(!window.document()->isModified());

    chosen.theme = ThemeChoice::Light;
    dialog.setSettings(chosen);
    QVERIFY(dialog.apply());
    QVERIFY(!theme::isDark(QApplication::palette()));
    QTRY_VERIFY(!window.diagramView()->scene()->palette().dark);
}

void TestSettings::dialogRejectsAnUnknownZone()
{
    SettingsDialog dialog;
    AppSettings chosen;
    chosen.defaultZone = QStringLiteral("Mars/Olympus_Mons");
    dialog.setSettings(chosen);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QVERIFY(!dialog.apply());
    QCOMPARE(applied.count(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("newDocument/zone")));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return !l->isHidden() && l->text().contains(QLatin1String("Mars/Olympus_Mons")); });
    QVERIFY(explained);
}

void TestSettings::preferencesActionHasItsShortcut()
{
    MainWindow window;
    QAction *configure = window.findChild<QAction *>(QStringLiteral("settingsConfigure"));
    QVERIFY(configure);
    QVERIFY(configure->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
        QVERIFY(configure->shortcuts().contains(key));
}

void TestSettings::recentFilesAreMostRecentFirst()
{
    RecentFiles recent;
    const QString a = makeFile(QStringLiteral("a.causeway"));
    const QString b = makeFile(QStringLiteral("b.causeway"));
    const QString c = makeFile(QStringLiteral("c.causeway"));
    recent.add(a);
    recent.add(b);
    recent.add(c);
    QCOMPARE(recent.files(), (QStringList { c, b, a }));
    recent.add(a); // opened again: moves up, not listed twice
    QCOMPARE(recent.files(), (QStringList { a, c, b }));
    // Kept across runs: a second list reads the same.
    QCOMPARE(RecentFiles().files(), (QStringList { a, c, b }));
}

void TestSettings::recentFilesKeepTen()
{
    RecentFiles recent;
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        added.prepend(makeFile(QStringLiteral("doc%1.causeway").arg(i)));
        recent.add(added.first());
    }
    QCOMPARE(recent.files().size(), RecentFiles::MaxFiles);
    QCOMPARE(recent.files(), QStringList(added.mid(0, RecentFiles::MaxFiles)));
}

void TestSettings::missingRecentFileIsRemovedWhenTried()
{
    RecentFiles recent;
    const QString kept = makeFile(QStringLiteral("kept.causeway"));
    const QString gone = makeFile(QStringLiteral("gone.causeway"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QSignalSpy missing(&recent, &RecentFiles::missing);
    QSignalSpy open(&recent, &RecentFiles::openRequested);
    QVERIFY(!recent.open(gone));
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.first().first().toString(), gone);
    QCOMPARE(open.count(), 0);
    QCOMPARE(recent.files(), QStringList { kept });
    QVERIFY(recent.open(kept));
    QCOMPARE(open.count(), 1);
}

void TestSettings::recentMenuListsFilesAndClears()
{
    QMenu menu;
    RecentFiles recent(&menu);
    QVERIFY(!menu.isEnabled());
    const QString file = makeFile(QStringLiteral("R&D review.causeway"));
    recent.add(file);
    QVERIFY(menu.isEnabled());
    const QList<QAction *> actions = menu.actions();
    QVERIFY(actions.size() >= 2);
    QVERIFY(actions.first()->text().contains(QLatin1String("R&&D review.causeway")));
    QSignalSpy open(&recent, &RecentFiles::openRequested);
    actions.first()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), file);

    QAction *clear = menu.findChild<QAction *>(QStringLiteral("fileClearRecent"));
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(recent.files().isEmpty());
    QVERIFY(!menu.isEnabled());
}

void TestSettings::openAndSaveUpdateRecentFiles()
{
    const QString copy = m_dir.filePath(QStringLiteral("opened.causeway"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_sample, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    QVERIFY(window.openFile(copy));
    QCOMPARE(window.recentFiles()->files().value(0), copy);
    const QString savedAs = m_dir.filePath(QStringLiteral("saved-as.causeway"));
    QVERIFY(window.saveTo(savedAs));
    QCOMPARE(window.recentFiles()->files(), (QStringList { savedAs, copy }));
}

void TestSettings::windowLayoutIsSavedOnCloseAndRestored()
{
    QRect geometry;
    {
        MainWindow window;
        window.resize(1111, 777);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(2);
        window.fiveWhysDock()->hide();
        geometry = window.geometry();
        QVERIFY(window.close()); // unmodified: closes without asking
    }
    MainWindow restored;
    QVERIFY(!restored.fiveWhysDock()->isHidden());
    QVERIFY(windowlayout::restore(&restored, restored.tabs()));
    QCOMPARE(restored.size(), geometry.size());
    QCOMPARE(restored.tabs()->currentIndex(), 2);
    QVERIFY(restored.fiveWhysDock()->isHidden());
    QVERIFY(!restored.findingsDock()->isHidden());

    // Another document opens in the same view.
    restored.openSample();
    QCOMPARE(restored.tabs()->currentIndex(), 2);
}

void TestSettings::layoutOfAnotherVersionIsIgnored()
{
    {
        MainWindow window;
        window.fiveWhysDock()->hide();
        windowlayout::save(&window, window.tabs());
    }
    QSettings().setValue(QStringLiteral("window/stateVersion"), windowlayout::StateVersion + 1);
    MainWindow restored;
    windowlayout::restore(&restored, restored.tabs());
    QVERIFY(!restored.fiveWhysDock()->isHidden());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
