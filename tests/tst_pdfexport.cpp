// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report, checked with the tools a reader's computer trusts: qpdf finds no structural error,
// pdffonts shows every font embedded, and pdftotext reads every section heading in order, every
// action's owner and every node label, and for leadership no person's name.
#include "document.h"
#include "export/headingbreaks.h"
#include "export/pdfexporter.h"
#include "export/redaction.h"
#include "export/reportoutline.h"
#include "format/documentreader.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace causeway;

namespace {

DocumentContent sample()
{
    QFile file(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ReadResult read = readDocument(file.readAll());
    return read.content ? *read.content : DocumentContent();
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &arguments)
{
    Run r;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        r.out = program + QStringLiteral(" is not installed (scripts/install-deps test installs it)");
        return r;
    }
    QProcess p;
    p.start(path, arguments);
    p.waitForFinished(60000);
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

// pdftotext joins words with single spaces once white space is normalised.
QString normalised(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structureAndFonts_data();
    void structureAndFonts();
    void textInOrder();
    void headingsStayWithTheirText_data();
    void headingsStayWithTheirText();
    void shortSectionStaysWhenTheNextHeadingMoves();
    void leadershipHidesNames();
    void summaryLinksToSections();
    void previewIsTheFirstPage();

private:
    QString exportTo(const ExportOptions &options, const QString &name);
    QTemporaryDir m_dir;
    DocumentContent m_content;
};

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_content = sample();
    QVERIFY(!m_content.nodes.isEmpty());
}

QString TestPdfExport::exportTo(const ExportOptions &options, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    PdfExporter exporter;
    if (!causeway::exportTo(m_content, options, exporter, path, &error)) {
        qWarning() << error;
        return {};
    }
    if (!qEnvironmentVariableIsEmpty("CAUSEWAY_KEEP_EXPORTS"))
        QFile::copy(path, QDir(qEnvironmentVariable("CAUSEWAY_KEEP_EXPORTS")).filePath(name));
    return path;
}

void TestPdfExport::structureAndFonts_data()
{
    QTest::addColumn<int>("audience");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("internal A4") << int(Audience::Internal) << int(PageSize::A4);
    QTest::newRow("internal Letter") << int(Audience::Internal) << int(PageSize::Letter);
    QTest::newRow("leadership A4") << int(Audience::Leadership) << int(PageSize::A4);
    QTest::newRow("leadership Letter") << int(Audience::Leadership) << int(PageSize::Letter);
}

void TestPdfExport::structureAndFonts()
{
    QFETCH(int, audience);
    QFETCH(int, pageSize);
    ExportOptions options;
    options.audience = Audience(audience);
    options.pageSize = PageSize(pageSize);
    const QString pdf = exportTo(options, QStringLiteral("%1-%2.pdf").arg(audience).arg(pageSize));
    QVERIFY(!pdf.isEmpty());

    const Run check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));

    const Run fonts = run(QStringLiteral("pdffonts"), { pdf });
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts.out));
    for (const QString &line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(
            columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }

    const Run info = run(QStringLiteral("pdfinfo"), { pdf });
    const QString expectedSize = PageSize(pageSize) == PageSize::A4
        ? QStringLiteral("595 x 842 pts (A4)")
        : QStringLiteral("612 x 792 pts (letter)");
    QVERIFY2(info.out.contains(expectedSize), qPrintable(info.out));
}

void TestPdfExport::textInOrder()
{
    const QString pdf = exportTo(ExportOptions(), QStringLiteral("order.pdf"));
    const Run text =
        run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString all = normalised(text.out);
    // Section headings in template order, after the first page (which names them as links).
    const int firstPageEnd = text.out.indexOf(QLatin1Char('\f'));
    QVERIFY(firstPageEnd > 0);
    const QString body = normalised(text.out.mid(firstPageEnd));
    int last = -1;
    for (const ReportPart &part : reportOutline(m_content)) {
        const int at = body.indexOf(part.title, last + 1);
        QVERIFY2(at > last, qPrintable(part.title));
        last = at;
    }
    QVERIFY(body.indexOf(QStringLiteral("Timeline"), last + 1) > last);
    for (const CorrectiveAction &a : m_content.actions) {
        QString owner = a.ownerName;
        for (const Person &p : m_content.people) {
            if (p.id == a.owner)
                owner = p.name;
        }
        QVERIFY2(all.contains(owner), qPrintable(owner));
    }
    // Node labels may wrap inside table cells: look for their first words.
    for (const CausalNode &n : m_content.nodes) {
        const QString start = n.label.section(QLatin1Char(' '), 0, 2);
        QVERIFY2(all.contains(start), qPrintable(n.label));
    }
    QVERIFY(all.contains(QStringLiteral("Page 1 of")));
}

void TestPdfExport::headingsStayWithTheirText_data()
{
    structureAndFonts_data();
}

void TestPdfExport::headingsStayWithTheirText()
{
    QFETCH(int, audience);
    QFETCH(int, pageSize);
    ExportOptions options;
    options.audience = Audience(audience);
    options.pageSize = PageSize(pageSize);
    const QString pdf = exportTo(options, QStringLiteral("headings-%1-%2.pdf").arg(audience).arg(pageSize));
    QVERIFY(!pdf.isEmpty());
    const Run text =
        run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);

    QStringList headings { QStringLiteral("Timeline"), QStringLiteral("Evidence") };
    for (const ReportPart &part : reportOutline(m_content))
        headings.append(part.title);
    const QStringList pages = text.out.split(QLatin1Char('\f'));
    QVERIFY(pages.size() > 5);
    // The first page lists the sections as links; the check starts on the second.
    for (int page = 1; page < pages.size(); ++page) {
        QStringList lines;
        for (const QString &line : pages.at(page).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.contains(QLatin1String("Blameless post-mortem")))
                lines.append(normalised(line));
        }
        // A heading needs at least two lines of its text under it on the same page (a long heading
        // may wrap onto two lines itself).
        // pdftotext reads a page with a sideways diagram turned, in no useful line order.
        if (pages.at(page).contains(QLatin1String("turned sideways")))
            continue;
        const int n = lines.size();
        const QStringList tail = lines.mid(qMax(0, n - 2));
        for (const QString &heading : headings) {
            const bool stranded = tail.contains(heading) || tail.join(QLatin1Char(' ')) == heading;
            QVERIFY2(!stranded,
                qPrintable(
                    QStringLiteral("page %1 ends with the heading \"%2\"").arg(page + 1).arg(heading)));
        }
    }
}

void TestPdfExport::leadershipHidesNames()
{
    ExportOptions options;
    options.audience = Audience::Leadership;
    const QString pdf = exportTo(options, QStringLiteral("leadership.pdf"));
    const Run text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    for (const Person &p : m_content.people) {
        for (const QString &part : p.name.split(QLatin1Char(' ')))
            QVERIFY2(!text.out.contains(part, Qt::CaseInsensitive), qPrintable(part));
    }
    QVERIFY(text.out.contains(QStringLiteral("Incident commander")));
}

void TestPdfExport::summaryLinksToSections()
{
    const QString pdf = exportTo(ExportOptions(), QStringLiteral("links.pdf"));
    // qpdf rewrites the file as a reader sees it, with the update applied.
    const QString rewritten = m_dir.filePath(QStringLiteral("links-qdf.pdf"));
    const Run qdf = run(QStringLiteral("qpdf"),
        { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, rewritten });
    QVERIFY2(qdf.exitCode == 0, qPrintable(qdf.out));
    QFile file(rewritten);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // No link is left pointing at the private scheme; each became a destination in the file.
    QVERIFY(!bytes.contains("causeway-section"));
    QVERIFY(bytes.count("/Dest [") >= reportOutline(m_content).size());
}

void TestPdfExport::previewIsTheFirstPage()
{
    PdfExporter exporter;
    const QImage page = exporter.firstPage(m_content, ExportOptions(), 600);
    QCOMPARE(page.width(), 600);
    QCOMPARE(page.height(), qRound(600 * 841.89 / 595.276));
    int dark = 0;
    for (int y = 0; y < page.height(); y += 4) {
        for (int x = 0; x < page.width(); x += 4)
            dark += qGray(page.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 200, "the preview shows text");
}

namespace {

/// Filler lines, then a one-line section "Short", then "Next" with a long text.
QString shortThenNext(int fillerLines)
{
    QString html;
    for (int i = 0; i < fillerLines; ++i)
        html += QStringLiteral("<p>filler %1</p>").arg(i);
    html += QStringLiteral("<h2>Short</h2><p>one line</p><h2>Next</h2>");
    for (int i = 0; i < 12; ++i)
        html += QStringLiteral("<p>next text %1</p>").arg(i);
    return html;
}

QTextBlock blockWithText(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return {};
}

int pageOfBlock(const QTextDocument &doc, const QString &text)
{
    const QTextBlock b = blockWithText(doc, text);
    return int(doc.documentLayout()->blockBoundingRect(b).top() / doc.pageSize().height());
}

} // namespace

void TestPdfExport::shortSectionStaysWhenTheNextHeadingMoves()
{
    // Find the filler that leaves "Next" as the last line of page 1, its text on page 2.
    const QSizeF page(300, 240);
    for (int filler = 0; filler < 40; ++filler) {
        QTextDocument doc;
        doc.setPageSize(page);
        doc.setHtml(shortThenNext(filler));
        if (pageOfBlock(doc, QStringLiteral("Next")) != 0 ||
            pageOfBlock(doc, QStringLiteral("next text 0")) != 1)
            continue;
        QCOMPARE(pageOfBlock(doc, QStringLiteral("one line")), 0);

        keepHeadingsWithTheirText(&doc, page.height());

        // "Next" goes to its text; "Short", whole on page 1, stays there.
        QCOMPARE(pageOfBlock(doc, QStringLiteral("Next")), 1);
        QCOMPARE(pageOfBlock(doc, QStringLiteral("next text 0")), 1);
        QCOMPARE(pageOfBlock(doc, QStringLiteral("Short")), 0);
        QCOMPARE(pageOfBlock(doc, QStringLiteral("one line")), 0);
        QVERIFY(!(blockWithText(doc, QStringLiteral("Short")).blockFormat().pageBreakPolicy() &
            QTextFormat::PageBreak_AlwaysBefore));
        return;
    }
    QFAIL("no filler length put the heading \"Next\" at the foot of page 1");
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
