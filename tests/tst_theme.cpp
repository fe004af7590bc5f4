// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: every text the views draw reads on its background (WCAG contrast), switching the
// theme repaints the views at once, icons stay sharp on scaled screens, and exports stay light.
#include "actions/actionspanel.h"
#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/diagramwidget.h"
#include "diagram/fivewhysview.h"
#include "document.h"
#include "form/formstyle.h"
#include "format/documentfile.h"
#include "icons.h"
#include "selection/selectionhub.h"
#include "theme/drawnicon.h"
#include "theme/theme.h"
#include "theme/themecolors.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtTest>

using namespace causeway;
using namespace causeway::theme;

Q_DECLARE_METATYPE(causeway::NodeType)
Q_DECLARE_METATYPE(causeway::LinkKind)

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { apply(ThemeChoice::Light); }
    void cleanupTestCase() { apply(ThemeChoice::System); }

    void contrastFollowsWcag();
    void readableOnKeepsTheHueAndReachesTheRatio_data();
    void readableOnKeepsTheHueAndReachesTheRatio();
    void choicesRoundTripThroughTheirKeys();
    void paletteTextReadsOnItsBackground_data();
    void paletteTextReadsOnItsBackground();
    void nodeTextReadsOnNodeFills_data();
    void nodeTextReadsOnNodeFills();
    void linkCaptionsReadOnTheCanvas_data();
    void linkCaptionsReadOnTheCanvas();
    void applyingAThemeRepaintsTheDiagram();
    void mutedLabelsFollowTheTheme();
    void coloredSummariesReadInBothThemes();
    void timelineKindIconsShowOnBothBackgrounds();
    void iconsCarryHighDpiPixmaps();
    void exportsStayLightInTheDarkTheme();
    void systemBringsBackThePlatformLook();
};

void TestTheme::contrastFollowsWcag()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // Symmetric, and the WCAG example: #777 on white is just under 4.5.
    QCOMPARE(contrastRatio(Qt::white, QColor(0x77, 0x77, 0x77)),
        contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white));
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
}

void TestTheme::readableOnKeepsTheHueAndReachesTheRatio_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::newRow("dark red on dark") << QColor(0xb0, 0x1c, 0x1c) << darkPalette().color(QPalette::Base);
    QTest::newRow("amber on white") << QColor(0xf2, 0xb7, 0x05) << QColor(Qt::white);
    QTest::newRow("grey on dark window") << QColor(0x5f, 0x63, 0x68) << darkPalette().color(QPalette::Window);
    QTest::newRow("already readable") << QColor(0x1f, 0x23, 0x28) << QColor(Qt::white);
}

void TestTheme::readableOnKeepsTheHueAndReachesTheRatio()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    const QColor readable = readableOn(color, background);
    QVERIFY2(contrastRatio(readable, background) >= 4.5, qPrintable(readable.name()));
    if (contrastRatio(color, background) >= 4.5)
        QCOMPARE(readable, color);
    else
        QVERIFY(qAbs(readable.hslHue() - color.hslHue()) <= 2 || color.hslSaturation() == 0);
}

void TestTheme::choicesRoundTripThroughTheirKeys()
{
    for (ThemeChoice choice : allChoices()) {
        QCOMPARE(choiceFromKey(choiceKey(choice)), choice);
        QVERIFY(!choiceName(choice).isEmpty());
    }
    QCOMPARE(choiceFromKey(QStringLiteral("solarized")), ThemeChoice::System);
}

void TestTheme::paletteTextReadsOnItsBackground_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    const QPair<const char *, QPalette> palettes[] = { { "light", lightPalette() },
        { "dark", darkPalette() } };
    const QPair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        { QPalette::Text, QPalette::Base },
        { QPalette::Text, QPalette::AlternateBase },
        { QPalette::WindowText, QPalette::Window },
        { QPalette::ButtonText, QPalette::Button },
        { QPalette::HighlightedText, QPalette::Highlight },
        { QPalette::PlaceholderText, QPalette::Base },
        { QPalette::ToolTipText, QPalette::ToolTipBase },
        { QPalette::Link, QPalette::Base },
        { QPalette::LinkVisited, QPalette::Base },
    };
    for (const auto &p : palettes) {
        for (const auto &pair : pairs) {
            QTest::addRow("%s %d on %d", p.first, int(pair.first), int(pair.second))
                << p.second << int(pair.first) << int(pair.second);
        }
    }
}

void TestTheme::paletteTextReadsOnItsBackground()
{
    QFETCH(QPalette, palette);
    QFETCH(int, text);
    QFETCH(int, background);
    const QColor fg = palette.color(QPalette::Active, QPalette::ColorRole(text));
    const QColor bg = palette.color(QPalette::Active, QPalette::ColorRole(background));
    QVERIFY2(contrastRatio(fg, bg) >= 4.5,
        qPrintable(QStringLiteral("%1 on %2: %3").arg(fg.name(), bg.name()).arg(contrastRatio(fg, bg))));
}

void TestTheme::nodeTextReadsOnNodeFills_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<NodeType>("type");
    for (bool dark : { false, true }) {
        for (int t = 0; t <= int(NodeType::Unknown); ++t)
            QTest::addRow("%s type %d", dark ? "dark" : "light", t) << dark << NodeType(t);
    }
}

void TestTheme::nodeTextReadsOnNodeFills()
{
    QFETCH(bool, dark);
    QFETCH(NodeType, type);
    // The canvas picks its palette from the widget palette the theme gives it.
    const DiagramPalette palette = DiagramPalette::forPalette(dark ? darkPalette() : lightPalette());
    QCOMPARE(palette.dark, dark);
    const QColor fill = palette.typeFill(type);
    auto check = [&](const char *what, const QColor &text) {
        const double ratio = contrastRatio(text, fill);
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("%1 %2 on %3: %4")
                           .arg(QLatin1String(what), text.name(), fill.name())
                           .arg(ratio)));
    };
    check("label", palette.text);
    check("caption", palette.captionColor(type));
    check("placeholder", palette.mutedText);
    // The outline is a mark, not text: 3:1 against the canvas.
    QVERIFY(contrastRatio(palette.typeColor(type), palette.background) >= 3.0);
}

void TestTheme::linkCaptionsReadOnTheCanvas_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<LinkKind>("kind");
    for (bool dark : { false, true }) {
        for (int k = 0; k <= int(LinkKind::Limited); ++k)
            QTest::addRow("%s kind %d", dark ? "dark" : "light", k) << dark << LinkKind(k);
    }
}

void TestTheme::linkCaptionsReadOnTheCanvas()
{
    QFETCH(bool, dark);
    QFETCH(LinkKind, kind);
    const DiagramPalette palette = dark ? DiagramPalette::darkPalette() : DiagramPalette::light();
    QVERIFY(contrastRatio(palette.linkTextColor(kind), palette.background) >= 4.5);
    QVERIFY(contrastRatio(palette.linkColor(kind), palette.background) >= 3.0);
}

void TestTheme::applyingAThemeRepaintsTheDiagram()
{
    // In a shown window, as in the application: Qt hands palette changes down from windows.
    QWidget window;
    Document document;
    SelectionHub hub(&document);
    auto &widget = *new DiagramWidget(&document, &hub, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!widget.scene()->palette().dark);
    const QImage lightIcon =
        widget.findChild<QAction *>(QStringLiteral("diagramAdd0"))->icon().pixmap(32).toImage();

    apply(ThemeChoice::Dark);
    QCOMPARE(current(), ThemeChoice::Dark);
    QVERIFY(isDark(QApplication::palette()));
    // Qt 6 hands the new palette to the widgets from the event loop.
    QTRY_VERIFY(widget.scene()->palette().dark);
    QCOMPARE(widget.scene()->backgroundBrush().color(), DiagramPalette::darkPalette().background);
    // The toolbar draws the node types in the canvas's colours, so it is drawn again too.
    const QImage darkIcon =
        widget.findChild<QAction *>(QStringLiteral("diagramAdd0"))->icon().pixmap(32).toImage();
    QVERIFY(darkIcon != lightIcon);

    apply(ThemeChoice::Light);
    QTRY_VERIFY(!widget.scene()->palette().dark);
}

void TestTheme::mutedLabelsFollowTheTheme()
{
    QWidget window;
    auto &label = *new QLabel(QStringLiteral("Guidance"), &window);
    formstyle::makeMuted(&label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(relativeLuminance(label.palette().color(QPalette::WindowText)) < 0.2);
    apply(ThemeChoice::Dark);
    QTRY_VERIFY(relativeLuminance(label.palette().color(QPalette::WindowText)) > 0.5);
    // Still muted (partly transparent), but now light on the dark window.
    const QColor muted = label.palette().color(QPalette::WindowText);
    QVERIFY2(relativeLuminance(muted) > 0.5, qPrintable(muted.name()));
    QVERIFY(muted.alphaF() < 1.0);
}

void TestTheme::coloredSummariesReadInBothThemes()
{
    // The sample has overdue actions and five whys that end at a marked root cause: the actions
    // summary says "overdue" in red and the Five Whys summary says so in green.
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new ActionsPanel(loaded.document.get(), &window));
    layout->addWidget(new FiveWhysView(loaded.document.get(), nullptr, &window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QRegularExpression colour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    for (ThemeChoice choice : { ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::Light }) {
        apply(choice);
        QCoreApplication::processEvents();
        int checked = 0;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1String("overdue")) &&
                !label->text().contains(QLatin1String("marked root cause")))
                continue;
            const QColor background = label->palette().color(QPalette::Window);
            auto matches = colour.globalMatch(label->text());
            while (matches.hasNext()) {
                const QColor text(matches.next().captured(1));
                QVERIFY2(contrastRatio(text, background) >= 4.5,
                    qPrintable(QStringLiteral("%1 on %2 in \"%3\"")
                                   .arg(text.name(), background.name(), label->text())));
                ++checked;
            }
        }
        QVERIFY2(checked >= 2, qPrintable(QString::number(checked)));
    }
}

void TestTheme::timelineKindIconsShowOnBothBackgrounds()
{
    for (ThemeChoice choice : { ThemeChoice::Light, ThemeChoice::Dark }) {
        apply(choice);
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (int k = 0; k <= int(EventKind::Milestone); ++k) {
            const QColor colour = kindColor(EventKind(k));
            QVERIFY2(contrastRatio(colour, base) >= 2.0,
                qPrintable(QStringLiteral("kind %1: %2 on %3").arg(k).arg(colour.name(), base.name())));
        }
    }
}

void TestTheme::iconsCarryHighDpiPixmaps()
{
    const QIcon drawn = drawnIcon(QSize(16, 8), [](QPainter &p) { p.fillRect(QRect(0, 0, 16, 8), Qt::red); });
    QVERIFY(drawn.availableSizes().contains(QSize(16, 8)));
    QVERIFY(drawn.availableSizes().contains(QSize(32, 16)));
    // The 2× pixmap is drawn at 2×, not scaled up: its far corner is painted.
    const QImage big = drawn.pixmap(QSize(32, 16)).toImage();
    QCOMPARE(big.size(), QSize(32, 16));
    QCOMPARE(QColor(big.pixel(31, 15)), QColor(Qt::red));
    QVERIFY(kindIcon(EventKind::Alert).availableSizes().contains(QSize(64, 64)));
    QVERIFY(flagsIcon(EventFlags(EventFlag::Trigger)).availableSizes().contains(QSize(64, 64)));
}

void TestTheme::exportsStayLightInTheDarkTheme()
{
    const QString sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!sample.isEmpty());
    auto document = std::move(loadDocument(sample).document);
    QVERIFY(document);
    apply(ThemeChoice::Dark);
    const QImage image = renderDiagramImage(*document, 1.0);
    QVERIFY(!image.isNull());
    QCOMPARE(QColor(image.pixel(1, 1)), DiagramPalette::light().background);
}

void TestTheme::systemBringsBackThePlatformLook()
{
    // init() applied Light first, so the platform's look was captured before any change.
    apply(ThemeChoice::Dark);
    apply(ThemeChoice::System);
    QCOMPARE(current(), ThemeChoice::System);
    QVERIFY(!isDark(QApplication::palette())); // the offscreen platform's palette is light
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
