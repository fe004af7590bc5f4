// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown post-mortem: it renders as GitHub would (real tables and task-list checkboxes, checked
// with cmark-gfm), matches its golden file for the sample, and no hostile user text can break a
// table, start a heading, or pass raw HTML through.
#include "document.h"
#include "export/markdownexporter.h"
#include "export/markdownsyntax.h"
#include "export/redaction.h"
#include "export/reportoutline.h"
#include "format/documentreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

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

// GitHub's renderer with the extensions GitHub turns on for tables and task lists; --unsafe lets
// raw HTML through, so that any HTML the exporter let in would show.
QString toHtml(const QString &markdown)
{
    const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
    if (cmark.isEmpty())
        return QStringLiteral("cmark-gfm is not installed (scripts/install-deps test installs it)");
    QProcess p;
    p.start(cmark,
        { QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
            QStringLiteral("tasklist") });
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int count(const QString &haystack, const QString &needle)
{
    return haystack.count(needle);
}

} // namespace

class TestMarkdownExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleRendersTablesAndTasks();
    void sampleMatchesGoldenFile();
    void sectionsInTemplateOrder();
    void hostileText_data();
    void hostileText();
    void fencesOutlastBackticks();
    void leadershipLeavesOutEvidenceAndNames();
};

void TestMarkdownExport::sampleRendersTablesAndTasks()
{
    const DocumentContent content = sample();
    const QString html = toHtml(MarkdownExporter::render(content, ExportOptions()));
    QVERIFY2(html.contains(QLatin1String("<table>")), qPrintable(html.left(300)));
    // The actions table, the timeline table, the defences table and the title block.
    QVERIFY(count(html, QStringLiteral("<table>")) >= 4);
    // One checkbox per action, ticked exactly for the done ones.
    int done = 0;
    for (const CorrectiveAction &a : content.actions)
        done += a.status == ActionStatus::Done;
    QCOMPARE(count(html, QStringLiteral("type=\"checkbox\"")), int(content.actions.size()));
    QCOMPARE(count(html, QStringLiteral("checked=\"\"")), done);
    // Every timeline event is one row of the timeline table, whatever its text holds.
    QVERIFY(count(html, QStringLiteral("<tr>")) >= content.events.size() + content.actions.size());
    QVERIFY(html.contains(QLatin1String("<code class=\"language-mermaid\">flowchart LR")));
    QVERIFY(html.contains(QLatin1String("<code class=\"language-sql\">")));
}

void TestMarkdownExport::sampleMatchesGoldenFile()
{
    const QString golden = QFINDTESTDATA("data/export/migration-timeout.md");
    QVERIFY(!golden.isEmpty());
    QFile file(golden);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(file.readAll());
    const QString actual = MarkdownExporter::render(sample(), ExportOptions());
    if (actual != expected) {
        QFile out(QDir::temp().filePath(QStringLiteral("migration-timeout.actual.md")));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        QFAIL(qPrintable(
            QStringLiteral("differs from the golden file; see %1 (copy it over %2 after checking the "
                           "change)")
                .arg(out.fileName(), golden)));
    }
}

void TestMarkdownExport::sectionsInTemplateOrder()
{
    for (TemplateId id : { TemplateId::Default, TemplateId::GoogleSre, TemplateId::Atlassian }) {
        DocumentContent content = sample();
        content.templateId = id;
        const QString md = MarkdownExporter::render(content, ExportOptions());
        int last = -1;
        for (const ReportPart &part : reportOutline(content)) {
            const int at =
                md.indexOf(QStringLiteral("\n## ") + markdown::inlineText(part.title) + QLatin1Char('\n'));
            QVERIFY2(at > last, qPrintable(part.title));
            last = at;
        }
        // Every section that holds text is in the page.
        for (auto it = content.sections.cbegin(); it != content.sections.cend(); ++it) {
            const QString firstWords = it.value().simplified().left(30);
            QVERIFY2(firstWords.isEmpty() || md.contains(firstWords.left(20)), qPrintable(it.key()));
        }
    }
}

void TestMarkdownExport::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("pipe") << "a | b || c";
    QTest::newRow("script") << "<script>alert(1)</script>";
    QTest::newRow("html comment") << "<!-- hide the rest";
    QTest::newRow("backticks") << "``` not a fence ` and ``";
    QTest::newRow("newlines") << "line one\n# not a heading\n| not | a row |\n- not a list";
    QTest::newRow("heading start") << "# Big";
    QTest::newRow("link") << "[click](javascript:alert(1))";
    QTest::newRow("emphasis") << "**bold** _it_ ~~gone~~";
    QTest::newRow("entity") << "&lt;b&gt; &amp;";
    QTest::newRow("ordered list start") << "1. first";
    QTest::newRow("backslash at end") << "C:\\path\\";
}

void TestMarkdownExport::hostileText()
{
    QFETCH(QString, text);
    DocumentContent content = sample();
    content.incident.title = text;
    content.events[0].text = text;
    content.events[0].actor = text;
    content.actions[0].title = text;
    content.actions[0].ownerName = text;
    content.actions[0].owner = PersonId();
    content.nodes[0].label = text;
    const QString md = MarkdownExporter::render(content, ExportOptions());
    const QString html = toHtml(md);
    // No user HTML, no extra heading, no broken table: the row count is what the data says.
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html.left(400)));
    QVERIFY2(!html.contains(QLatin1String("<!--")),
        qPrintable(html.mid(html.indexOf(QLatin1String("<!--")) - 200, 300)));
    QVERIFY(!html.contains(QLatin1String("href=\"javascript")));
    QCOMPARE(count(html, QStringLiteral("<h1>")), 1);
    const DocumentContent plain = sample();
    const QString plainHtml = toHtml(MarkdownExporter::render(plain, ExportOptions()));
    QCOMPARE(count(html, QStringLiteral("<tr>")), count(plainHtml, QStringLiteral("<tr>")));
    QCOMPARE(count(html, QStringLiteral("<td")), count(plainHtml, QStringLiteral("<td")));
    QCOMPARE(count(html, QStringLiteral("<h2>")), count(plainHtml, QStringLiteral("<h2>")));
    QCOMPARE(count(html, QStringLiteral("<li>")), count(plainHtml, QStringLiteral("<li>")));
    QCOMPARE(count(html, QStringLiteral("<pre>")), count(plainHtml, QStringLiteral("<pre>")));
}

void TestMarkdownExport::fencesOutlastBackticks()
{
    const QString block = markdown::fencedBlock(QStringLiteral("a\n```\nb ````` c"), QStringLiteral("C++"));
    QVERIFY(block.startsWith(QLatin1String("``````cpp\n")));
    QVERIFY(block.endsWith(QLatin1String("\n``````\n")));
    const QString html = toHtml(block);
    QCOMPARE(count(html, QStringLiteral("<pre>")), 1);
    QVERIFY(html.contains(QLatin1String("b ````` c")));
}

void TestMarkdownExport::leadershipLeavesOutEvidenceAndNames()
{
    const DocumentContent content = sample();
    ExportOptions options;
    options.audience = Audience::Leadership;
    const QString md = MarkdownExporter::render(redactedFor(content, options), options);
    QVERIFY(!md.contains(QLatin1String("```sql")));
    for (const Person &p : content.people) {
        for (const QString &part : p.name.split(QLatin1Char(' ')))
            QVERIFY2(!md.contains(part, Qt::CaseInsensitive), qPrintable(part));
    }
    QVERIFY(md.contains(QLatin1String("Incident commander")));
}

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
