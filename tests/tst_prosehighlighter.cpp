// SPDX-License-Identifier: GPL-3.0-or-later
// The one highlighter of the form's prose fields: findings underlined in what the user types,
// Markdown formats where the build has KSyntaxHighlighting (with the underlines on top), the
// findings' tooltip, and a theme that follows the palette.
#include "checks/checkids.h"
#include "document.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/proseedit.h"
#include "format/documentfile.h"
#include "highlighting/prosehighlighter.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>
#include <QtTest>

using namespace causeway;

namespace {
/// The format the highlighter gave the character at \a position of \a document.
QTextCharFormat formatAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (offset >= r.start && offset < r.start + r.length)
            result.merge(r.format);
    }
    return result;
}
} // namespace

class TestProseHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedBlameSentenceIsUnderlined_data();
    void typedBlameSentenceIsUnderlined();
    void markdownFormats_data();
    void markdownFormats();
    void underlineLiesOverMarkdown();
    void toolTipShowsTheFinding();
    void themeFollowsThePalette();

private:
    ProseEdit *summaryEditor() const { return m_view->section(QStringLiteral("summary"))->prose(); }
    static ProseHighlighter *highlighterOf(ProseEdit *editor)
    {
        return editor->textDocument()->findChild<ProseHighlighter *>();
    }
    void typeInto(ProseEdit *editor, const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines.at(i));
        }
    }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FormView> m_view;
};

void TestProseHighlighter::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_view = std::make_unique<FormView>(m_doc.get());
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestProseHighlighter::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestProseHighlighter::typedBlameSentenceIsUnderlined_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("section") << QStringLiteral("section/summary");
    QTest::newRow("node description") << QStringLiteral("node/2/description");
    QTest::newRow("answer") << QStringLiteral("answer/1/explanation");
    QTest::newRow("lesson") << QStringLiteral("lesson/1/text");
    QTest::newRow("impact") << QStringLiteral("incident/impact.description");
}

void TestProseHighlighter::typedBlameSentenceIsUnderlined()
{
    QFETCH(QString, field);
    ProseEdit *editor = nullptr;
    for (ProseEdit *e : m_view->proseEditors()) {
        if (e->fieldKey() == field)
            editor = e;
    }
    QVERIFY2(editor, qPrintable(field));
    ProseHighlighter *marks = highlighterOf(editor);
    QVERIFY2(marks, "every prose field of the form has the prose highlighter");

    const QString sentence = QStringLiteral("The operator forgot to check the lock timeout.");
    typeInto(editor, sentence);
    QCOMPARE(editor->toPlainText(), sentence);
    QVERIFY(!marks->findings().isEmpty());
    const Finding f = marks->findings().first();
    QVERIFY2(f.checkId == QLatin1String(checks::BlameLanguage) ||
            f.checkId == QLatin1String(checks::PersonAsCause),
        qPrintable(f.checkId));
    QVERIFY(sentence.mid(f.place.start, f.place.length).contains(QLatin1String("forgot")));
    // The finding points at the field as the Findings panel names it.
    const QStringList parts = field.split(QLatin1Char('/'));
    QCOMPARE(f.place.field, parts.last() == QLatin1String("summary") ? QStringLiteral("text") : parts.last());
    QCOMPARE(
        formatAt(editor->textDocument(), f.place.start + 1).underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(formatAt(editor->textDocument(), 1).underlineStyle() != QTextCharFormat::WaveUnderline);

    // Rewritten as a property of the system, the mark goes.
    typeInto(editor, QStringLiteral("The deploy step had no check of the lock timeout."));
    QVERIFY(marks->findings().isEmpty());
}

void TestProseHighlighter::markdownFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position"); // a character that Markdown formats
    QTest::addColumn<bool>("bold");
    QTest::newRow("bold") << QStringLiteral("Some **bold** words") << 8 << true;
    QTest::newRow("heading") << QStringLiteral("# Heading\nText below") << 3 << false;
    QTest::newRow("code span") << QStringLiteral("Run `migrate --dry-run` first") << 7 << false;
}

void TestProseHighlighter::markdownFormats()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(bool, bold);
    ProseEdit *editor = summaryEditor();
    ProseHighlighter *marks = highlighterOf(editor);
    typeInto(editor, text);
    const QTextCharFormat format = formatAt(editor->textDocument(), position);
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY(marks->highlightsMarkdown());
    QVERIFY2(!format.properties().isEmpty(), "Markdown gives the character a format");
    if (bold)
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
    // Plain words after the Markdown stay in the editor's own format.
    QVERIFY(formatAt(editor->textDocument(), int(text.size()) - 2).properties().isEmpty());
#else
    // Without KSyntaxHighlighting prose stays plain text.
    Q_UNUSED(bold);
    QVERIFY(!marks->highlightsMarkdown());
    QVERIFY(format.properties().isEmpty());
#endif
}

void TestProseHighlighter::underlineLiesOverMarkdown()
{
    ProseEdit *editor = summaryEditor();
    ProseHighlighter *marks = highlighterOf(editor);
    const QString text = QStringLiteral("## Cause\nThe operator **forgot** to check the lock timeout.");
    typeInto(editor, text);
    QVERIFY(!marks->findings().isEmpty());
    const int forgot = int(text.indexOf(QLatin1String("forgot")));
    const QTextCharFormat format = formatAt(editor->textDocument(), forgot + 1);
    QCOMPARE(format.underlineStyle(), QTextCharFormat::WaveUnderline);
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(format.fontWeight(), int(QFont::Bold)); // the Markdown format is kept under the mark
    QVERIFY(!formatAt(editor->textDocument(), 4).properties().isEmpty()); // the heading
#endif
}

void TestProseHighlighter::toolTipShowsTheFinding()
{
    ProseEdit *editor = summaryEditor();
    ProseHighlighter *marks = highlighterOf(editor);
    typeInto(editor, QStringLiteral("Then **the operator** forgot to check the lock timeout."));
    QVERIFY(!marks->findings().isEmpty());
    const Finding f = marks->findings().first();
    QTextCursor cursor(editor->textDocument());
    cursor.setPosition(f.place.start + 1);
    const QPoint at = editor->cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, at, editor->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(editor->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(f.checkId), qPrintable(QToolTip::text()));

    // Away from any mark there is no tooltip.
    cursor.setPosition(1);
    const QPoint plain = editor->cursorRect(cursor).center();
    QHelpEvent none(QEvent::ToolTip, plain, editor->viewport()->mapToGlobal(plain));
    QCoreApplication::sendEvent(editor->viewport(), &none);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestProseHighlighter::themeFollowsThePalette()
{
    ProseEdit *editor = summaryEditor();
    ProseHighlighter *marks = highlighterOf(editor);
    typeInto(editor, QStringLiteral("# Heading"));
    const QColor lightColour = formatAt(editor->textDocument(), 3).foreground().color();
    QPalette dark = editor->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    editor->setPalette(dark);
    QVERIFY(marks->isDark());
    editor->setPalette(QPalette());
    QVERIFY(!marks->isDark());
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    editor->setPalette(dark);
    const QColor darkColour = formatAt(editor->textDocument(), 3).foreground().color();
    QVERIFY2(
        lightColour != darkColour, qPrintable(lightColour.name() + QLatin1Char(' ') + darkColour.name()));
#else
    Q_UNUSED(lightColour);
#endif
}

QTEST_MAIN(TestProseHighlighter)
#include "tst_prosehighlighter.moc"
