// SPDX-License-Identifier: GPL-3.0-or-later
// The exported diagram: drawn by the same painter as the canvas, headless, as SVG and PNG.
#include "diagram/diagramexport.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagramstyle.h"
#include "document.h"
#include "export/exporter.h"
#include "export/exporters.h"
#include "format/documentfile.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace causeway;

class TestDiagramExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void svgHoldsEveryLabel_data();
    void svgHoldsEveryLabel();
    void longLabelGrowsTheNode();
    void pngHasTheSizeAndPaint();
    void nodeWithoutEvidenceHasTheWarningBadge();
    void unplacedNodesGetAFallbackPlace();
    void linksEndOnTheOutlines();
    void registryChoosesByExtension_data();
    void registryChoosesByExtension();
    void unwritableOutputIsAnError();

private:
    static QString svgText(const QByteArray &svg, QString *error);
    QString m_sample;
};

void TestDiagramExport::initTestCase()
{
    m_sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!m_sample.isEmpty());
}

QString TestDiagramExport::svgText(const QByteArray &svg, QString *error)
{
    // The text of every <text> element in document order: a real XML parse, so escaping must be right.
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts.join(QString());
}

/// \a text without any white space: wrapping breaks lines at spaces and after hyphens.
static QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

void TestDiagramExport::svgHoldsEveryLabel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extraLabels");
    QTest::newRow("sample") << m_sample << QStringList();
    QTest::newRow("markup in labels") << QString()
                                      << QStringList { QStringLiteral("p95 < 40 ms & \"healthy\""),
                                             QStringLiteral("<script>alert(1)</script> in a label"),
                                             QStringLiteral("Ünïcödé — über 10 %") };
    // Far more than five lines: the node grows to hold the whole label, nothing is cut.
    QTest::newRow("long label")
        << QString()
        << QStringList { QStringLiteral(
               "The deploy step ran migration 0147 inside its ten-minute timeout although the migration "
               "needed forty-five minutes on production volume, because the pipeline had no estimate of "
               "migration duration on production data, the review checklist covered only backward "
               "compatibility, and the staging rehearsal held one percent of the production rows; the "
               "timeout then left the schema half migrated while the new version started serving. END") };
}

void TestDiagramExport::svgHoldsEveryLabel()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extraLabels);
    std::unique_ptr<Document> doc;
    if (file.isEmpty()) {
        doc = std::make_unique<Document>();
    } else {
        doc = std::move(loadDocument(file).document);
        QVERIFY(doc);
    }
    qreal x = 0;
    for (const QString &label : extraLabels) {
        CausalNode n;
        n.label = label;
        n.position = QPointF(x, 0);
        x += 240;
        doc->add(n);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeDiagramSvg(*doc, &buffer));
    QString error;
    const QString text = svgText(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const CausalNode &n : doc->nodes()) {
        // Labels are wrapped into lines, one text element each: joined they give the label back.
        QVERIFY2(squeezed(text).contains(squeezed(n.label)), qPrintable(n.label));
    }
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("markup in labels")) {
        QVERIFY(buffer.data().contains("p95 &lt; 40 ms &amp;"));
        QVERIFY(!buffer.data().contains("<script>"));
    }
}

void TestDiagramExport::longLabelGrowsTheNode()
{
    const QString shortLabel = QStringLiteral("Short");
    QString longLabel;
    for (int i = 0; i < 40; ++i)
        longLabel += QStringLiteral("word%1 ").arg(i);
    const WrappedLabel wrapped = wrapLabel(longLabel, labelWidth(NodeType::Condition));
    QVERIFY2(wrapped.lines.size() > 5, "the label needs more than five lines");
    QVERIFY(wrapped.lines.last().contains(QLatin1String("word39")));
    QVERIFY(!wrapped.lines.join(QString()).contains(QChar(0x2026)));
    // Every line fits the node's width, and the node is tall enough for every line.
    const QFontMetricsF metrics(DiagramStyle::labelFont());
    for (const QString &line : wrapped.lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= labelWidth(NodeType::Condition) + 0.5, qPrintable(line));
    const QSizeF size = nodeSize(NodeType::Condition, longLabel);
    QVERIFY(size.height() >= wrapped.lines.size() * metrics.lineSpacing() + DiagramStyle::CaptionHeight);
    QVERIFY(size.height() > nodeSize(NodeType::Condition, shortLabel).height());
    // The canvas draws the node at the size the layout is given (nodeSize()).
    Document d;
    CausalNode n;
    n.label = longLabel;
    d.add(n);
    QCOMPARE(NodeVisual::fromNode(d.nodes().first(), QPointF()).size, size);
}

void TestDiagramExport::pngHasTheSizeAndPaint()
{
    auto doc = std::move(loadDocument(m_sample).document);
    QVERIFY(doc);
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(*doc);
    const QSizeF size = diagramPaintSize(snapshot, DiagramPaintOptions());
    QVERIFY(size.width() > 1000 && size.height() > 500);

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("diagram.png"));
    QString error;
    QVERIFY2(exportTo(doc->content(), ExportOptions(), *exporterRegistry().forFileName(out), out, &error),
        qPrintable(error));
    QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(int(std::ceil(size.width() * 2)), int(std::ceil(size.height() * 2))));

    // Most of the picture is background, but every node's area has its outline and text on it.
    const QRgb background = image.pixel(1, 1);
    QCOMPARE(QColor(background), DiagramPalette::light().background);
    const QPointF offset = diagramPaintOffset(snapshot);
    for (const NodeVisual &node : snapshot.nodes) {
        const QRect area = QRectF((node.sceneRect().topLeft() + offset) * 2, node.size * 2).toRect();
        int inked = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            for (int x = area.left(); x <= area.right(); x += 2)
                inked += image.pixel(x, y) != background;
        }
        QVERIFY2(inked > 200, qPrintable(QStringLiteral("%1: %2").arg(node.label).arg(inked)));
    }
    int painted = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            painted += image.pixel(x, y) != background;
    }
    QVERIFY(painted > 500);
}

void TestDiagramExport::nodeWithoutEvidenceHasTheWarningBadge()
{
    Document doc;
    CausalNode bare;
    bare.label = QStringLiteral("A claim without evidence");
    bare.position = QPointF(0, 0);
    doc.add(bare);
    CausalNode supported = bare;
    supported.label = QStringLiteral("A supported claim");
    supported.position = QPointF(300, 0);
    TimelineEvent e;
    e.text = QStringLiteral("alert fired");
    supported.evidenceEvents = { doc.add(e) };
    doc.add(supported);

    DiagramPaintOptions options;
    options.legend = false;
    const QImage image = renderDiagramImage(doc, 2.0, options);
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(doc);
    const QPointF offset = diagramPaintOffset(snapshot);
    const DiagramPalette palette = DiagramPalette::light();
    auto badgePixel = [&](const NodeVisual &node) {
        // Inside the badge on the top-right corner, left of its "!" or number.
        const QPointF corner =
            node.centre + offset + QPointF(node.size.width() / 2 - 4, -node.size.height() / 2 + 2);
        return QColor(image.pixel(((corner + QPointF(-4, 4)) * 2).toPoint()));
    };
    auto near = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 30;
    };
    QCOMPARE(snapshot.nodes.at(0).evidenceCount, 0);
    QVERIFY2(near(badgePixel(snapshot.nodes.at(0)), palette.warning),
        qPrintable(badgePixel(snapshot.nodes.at(0)).name()));
    QVERIFY(near(badgePixel(snapshot.nodes.at(1)), palette.badge));
    QVERIFY(!near(badgePixel(snapshot.nodes.at(1)), palette.warning));
}

void TestDiagramExport::unplacedNodesGetAFallbackPlace()
{
    Document doc;
    CausalNode placed;
    placed.label = QStringLiteral("placed");
    placed.position = QPointF(100, 100);
    doc.add(placed);
    for (int i = 0; i < 5; ++i) {
        CausalNode n;
        n.label = QStringLiteral("unplaced %1").arg(i);
        doc.add(n);
    }
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(doc);
    QCOMPARE(snapshot.nodes.size(), 6);
    // No two nodes overlap, and the placed node keeps its place.
    QCOMPARE(snapshot.nodes.first().centre, QPointF(100, 100));
    for (int i = 0; i < snapshot.nodes.size(); ++i) {
        for (int j = i + 1; j < snapshot.nodes.size(); ++j)
            QVERIFY(!snapshot.nodes.at(i).sceneRect().intersects(snapshot.nodes.at(j).sceneRect()));
        QVERIFY(snapshot.bounds.contains(snapshot.nodes.at(i).sceneRect()));
    }
}

void TestDiagramExport::linksEndOnTheOutlines()
{
    auto doc = std::move(loadDocument(m_sample).document);
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(*doc);
    QCOMPARE(snapshot.links.size(), doc->links().size());
    for (const LinkVisual &link : snapshot.links) {
        const CausalLink *l = doc->link(link.id);
        const NodeVisual *from = nullptr;
        const NodeVisual *to = nullptr;
        for (const NodeVisual &n : snapshot.nodes) {
            if (n.id == l->from)
                from = &n;
            if (n.id == l->to)
                to = &n;
        }
        QVERIFY(from && to);
        // The tip is on the effect's outline: just outside it, and within a unit of it.
        QVERIFY(!to->sceneOutline().contains(link.end));
        QVERIFY(to->sceneRect().adjusted(-1, -1, 1, 1).contains(link.end));
        QVERIFY(from->sceneRect().adjusted(-1, -1, 1, 1).contains(link.start));
        QVERIFY(!to->sceneRect().adjusted(2, 2, -2, -2).contains(link.end));
    }
}

void TestDiagramExport::registryChoosesByExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("extension");
    QTest::newRow("svg") << QStringLiteral("out.svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("report.pdf") << QStringLiteral("pdf");
    QTest::newRow("markdown") << QStringLiteral("post-mortem.md") << QStringLiteral("md");
    QTest::newRow("upper case") << QStringLiteral("/tmp/OUT.PNG") << QStringLiteral("png");
    QTest::newRow("unknown") << QStringLiteral("out.gif") << QString();
    QTest::newRow("none") << QStringLiteral("out") << QString();
}

void TestDiagramExport::registryChoosesByExtension()
{
    QFETCH(QString, file);
    QFETCH(QString, extension);
    const Exporter *exporter = exporterRegistry().forFileName(file);
    QCOMPARE(exporter ? exporter->suffix() : QString(), extension);
}

void TestDiagramExport::unwritableOutputIsAnError()
{
    Document doc;
    QString error;
    const QString out = QStringLiteral("/nonexistent-directory/diagram.svg");
    QVERIFY(!exportTo(doc.content(), ExportOptions(), *exporterRegistry().forFileName(out), out, &error));
    QVERIFY2(error.contains(out), qPrintable(error));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
