// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence panel as a user drives it: the list stays a valid model through edits, every edit
// is one undo step that undo and redo show, paste and drop make evidence with a language, files
// that cannot be evidence change nothing and say why, the content is highlighted where the build
// can, and the list follows the selection of the other views.
#include "document.h"
#include "evidence/codeeditor.h"
#include "evidence/evidenceeditor.h"
#include "evidence/evidencefiles.h"
#include "evidence/evidencelanguage.h"
#include "evidence/evidencemodel.h"
#include "evidence/evidencepanel.h"
#include "form/boundlineedit.h"
#include "format/documentfile.h"
#include "mainwindow.h"
#include "selection/selectionhub.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace causeway;

namespace {

const char *const SqlSample = "SELECT id, status FROM order_lines WHERE status IS NULL;\n";
const char *const LogSample =
    "2026-04-14T08:12:13.420Z [deploy] step pre-start-migrations: TIMEOUT after 10m0s\n"
    "2026-04-14T08:12:13.420Z [deploy] WARN on_timeout=continue\n";

bool sameEvidence(const Evidence &a, const Evidence &b)
{
    return !Evidence::diff(a, b);
}

} // namespace

class TestEvidencePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelStaysValidThroughEdits();
    void modelMarksEvidenceForSelection();
    void editsAreUndoableSteps_data();
    void editsAreUndoableSteps();
    void typingIsOneStepPerVisit();
    void pasteMakesEvidenceWithGuessedLanguage_data();
    void pasteMakesEvidenceWithGuessedLanguage();
    void pasteFromClipboardIsOneStep();
    void droppedFilesBecomeEvidence_data();
    void droppedFilesBecomeEvidence();
    void unusableFilesChangeNothing_data();
    void unusableFilesChangeNothing();
    void goodAndBadFilesTogether();
    void contentIsHighlightedWhereTheBuildCan();
    void themeFollowsThePalette();
    void selectionMarksAndFiltersEvidence();
    void selectingEvidenceSelectsWhatItSupports();
    void deleteAndUndoRestoreTheItem();
    void mainWindowHasTheDockForEachDocument();
    void screenshots();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    EvidenceId idOfTitle(const QString &title) const;

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionHub> m_hub;
    std::unique_ptr<EvidencePanel> m_panel;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEvidencePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerModelMetaTypes();
}

void TestEvidencePanel::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_hub = std::make_unique<SelectionHub>(m_doc.get());
    m_panel = std::make_unique<EvidencePanel>(m_doc.get(), m_hub.get());
    m_panel->resize(520, 760);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEvidencePanel::cleanup()
{
    m_panel.reset();
    m_hub.reset();
    m_doc.reset();
    m_dir.reset();
}

QString TestEvidencePanel::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

EvidenceId TestEvidencePanel::idOfTitle(const QString &title) const
{
    for (const Evidence &e : m_doc->evidence()) {
        if (e.title == title)
            return e.id;
    }
    return EvidenceId();
}

void TestEvidencePanel::modelStaysValidThroughEdits()
{
    EvidenceModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), m_doc->evidence().size());
    QCOMPARE(model.index(0).data().toString(), m_doc->evidence().first().title);

    Evidence added;
    added.title = QStringLiteral("Added");
    const EvidenceId id = m_doc->add(added);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.evidenceAt(5), id);
    QVERIFY(model.setData(model.index(5), QStringLiteral("Renamed")));
    QCOMPARE(m_doc->evidenceItem(id)->title, QStringLiteral("Renamed"));
    QCOMPARE(model.index(5).data().toString(), QStringLiteral("Renamed"));
    m_doc->removeEvidence({ m_doc->evidence().at(1).id, id });
    QCOMPARE(model.rowCount(), 4);
    m_doc->undoStack()->undo(); // the removal
    QCOMPARE(model.rowCount(), 6);
    m_doc->undoStack()->undo(); // the rename
    QCOMPARE(model.index(5).data().toString(), QStringLiteral("Added"));
    m_doc->undoStack()->undo(); // the addition
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(id), -1);
    m_doc->undoStack()->redo();
    QCOMPARE(model.rowOf(id), 5);
}

void TestEvidencePanel::modelMarksEvidenceForSelection()
{
    EvidenceModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EvidenceId second = model.evidenceAt(1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setForSelection({ second });
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(1).data(EvidenceModel::ForSelectionRole).toBool());
    QVERIFY(!model.index(0).data(EvidenceModel::ForSelectionRole).toBool());
    QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
    m_doc->removeEvidence({ second });
    QVERIFY(model.forSelection().isEmpty());
}

void TestEvidencePanel::editsAreUndoableSteps_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("title") << QStringLiteral("title");
    QTest::newRow("file name") << QStringLiteral("fileName");
    QTest::newRow("language") << QStringLiteral("language");
    QTest::newRow("detect language") << QStringLiteral("detect");
    QTest::newRow("events") << QStringLiteral("events");
    QTest::newRow("nodes") << QStringLiteral("nodes");
    QTest::newRow("content") << QStringLiteral("content");
}

void TestEvidencePanel::editsAreUndoableSteps()
{
    QFETCH(QString, field);
    // The deploy log: text evidence without a language, with a file name ending in .log.
    const EvidenceId id = m_doc->evidence().at(1).id;
    m_panel->selectEvidence(id);
    EvidenceEditor *editor = m_panel->editor();
    QCOMPARE(editor->evidence(), id);
    const Evidence before = *m_doc->evidenceItem(id);
    const int steps = m_doc->undoStack()->count();

    if (field == QLatin1String("title")) {
        editor->titleEdit()->setFocus();
        editor->titleEdit()->selectAll();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Deploy log"));
    } else if (field == QLatin1String("fileName")) {
        editor->fileNameEdit()->setFocus();
        editor->fileNameEdit()->end(false);
        QTest::keyClicks(editor->fileNameEdit(), QStringLiteral(".txt"));
    } else if (field == QLatin1String("language")) {
        QComboBox *box = editor->languageBox();
        const int index = box->findData(QStringLiteral("YAML"));
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    } else if (field == QLatin1String("detect")) {
        editor->detectLanguage();
    } else if (field == QLatin1String("events")) {
        editor->setEvents({ m_doc->events().first().id });
    } else if (field == QLatin1String("nodes")) {
        editor->setNodes({});
    } else {
        editor->codeEditor()->setFocus();
        editor->codeEditor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->codeEditor(), QStringLiteral("2026-04-14T08:15:00Z [deploy] done"));
    }
    m_doc->sealEdits();

    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Evidence after = *m_doc->evidenceItem(id);
    QVERIFY(!sameEvidence(before, after));
    if (field == QLatin1String("title"))
        QCOMPARE(after.title, QStringLiteral("Deploy log"));
    else if (field == QLatin1String("fileName"))
        QCOMPARE(after.fileName, QStringLiteral("prod-deploy-5534.log.txt"));
    else if (field == QLatin1String("language"))
        QCOMPARE(after.language, QStringLiteral("YAML"));
    else if (field == QLatin1String("detect"))
        QCOMPARE(after.language, QStringLiteral("Log File (simplified)"));
    else if (field == QLatin1String("content"))
        QVERIFY(after.text.endsWith(QLatin1String("[deploy] done")));

    m_doc->undoStack()->undo();
    QVERIFY(sameEvidence(*m_doc->evidenceItem(id), before));
    // The panel shows the restored values.
    QCOMPARE(editor->titleEdit()->text(), before.title);
    QCOMPARE(editor->fileNameEdit()->text(), before.fileName);
    QCOMPARE(editor->codeEditor()->toPlainText(), before.text);
    QCOMPARE(editor->languageBox()->currentData().toString(), before.language);
    QCOMPARE(editor->codeEditor()->language(), before.language);

    m_doc->undoStack()->redo();
    QVERIFY(sameEvidence(*m_doc->evidenceItem(id), after));
    QCOMPARE(editor->titleEdit()->text(), after.title);
    QCOMPARE(editor->codeEditor()->toPlainText(), after.text);
    QCOMPARE(editor->languageBox()->currentData().toString(), after.language);
}

void TestEvidencePanel::typingIsOneStepPerVisit()
{
    const EvidenceId id = m_doc->evidence().first().id;
    m_panel->selectEvidence(id);
    CodeEditor *code = m_panel->editor()->codeEditor();
    const int steps = m_doc->undoStack()->count();
    code->setFocus();
    QTRY_VERIFY(code->hasFocus());
    code->moveCursor(QTextCursor::End);
    QTest::keyClicks(code, QStringLiteral("-- one"));
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, QStringLiteral("-- two"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // Leaving the field ends the step: the next visit is another one.
    m_panel->editor()->titleEdit()->setFocus();
    QTRY_VERIFY(!code->hasFocus());
    code->setFocus();
    QTRY_VERIFY(code->hasFocus());
    QTest::keyClicks(code, QStringLiteral("!"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QVERIFY(m_doc->evidenceItem(id)->text.endsWith(QLatin1String("-- one\n-- two!")));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->evidenceItem(id)->text.endsWith(QLatin1String("-- one\n-- two")));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->evidenceItem(id)->text.contains(QLatin1String("-- one")));
    QCOMPARE(code->toPlainText(), m_doc->evidenceItem(id)->text);
}

void TestEvidencePanel::pasteMakesEvidenceWithGuessedLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("sql") << QString::fromLatin1(SqlSample) << QStringLiteral("SQL")
                         << QStringLiteral("SELECT id, status FROM order_lines WHERE status IS NULL;");
    QTest::newRow("json") << QStringLiteral("{\n  \"status\": 500,\n  \"path\": \"/orders\"\n}\n")
                          << QStringLiteral("JSON") << QStringLiteral("\"status\": 500,");
    QTest::newRow("log")
        << QString::fromLatin1(LogSample) << QStringLiteral("Log File (simplified)")
        << QStringLiteral("2026-04-14T08:12:13.420Z [deploy] step pre-start-migrations: TIMEOUT after 10m0s");
    QTest::newRow("yaml") << QStringLiteral("steps:\n  - name: migrate\n    timeout: 10m\n")
                          << QStringLiteral("YAML") << QStringLiteral("steps:");
    QTest::newRow("shell") << QStringLiteral("$ kubectl rollout undo deploy/orders-api\n")
                           << QStringLiteral("Bash")
                           << QStringLiteral("$ kubectl rollout undo deploy/orders-api");
    QTest::newRow("python trace")
        << QStringLiteral(
               "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyError: 'id'\n")
        << QStringLiteral("Python") << QStringLiteral("Traceback (most recent call last):");
    QTest::newRow("java trace")
        << QStringLiteral(
               "java.lang.IllegalStateException: pool exhausted\n\tat com.shop.db.Pool.get(Pool.java:42)\n")
        << QStringLiteral("Java") << QStringLiteral("java.lang.IllegalStateException: pool exhausted");
    QTest::newRow("prose") << QStringLiteral("The deploy went out at ten.") << QString()
                           << QStringLiteral("The deploy went out at ten.");
}

void TestEvidencePanel::pasteMakesEvidenceWithGuessedLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, title);
    const int count = m_doc->evidence().size();
    QMimeData mime;
    mime.setText(text);
    const QVector<EvidenceId> ids = m_panel->addFromMimeData(mime);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_doc->evidence().size(), count + 1);
    const Evidence *e = m_doc->evidenceItem(ids.first());
    QVERIFY(e);
    QCOMPARE(e->kind, EvidenceKind::Text);
    QCOMPARE(e->text, text);
    QCOMPARE(e->language, language);
    QCOMPARE(e->title, title);
    QVERIFY(m_panel->lastError().isEmpty());
    // The new item is selected and shown.
    QCOMPARE(m_panel->selectedEvidence(), ids.first());
    QCOMPARE(m_panel->editor()->codeEditor()->toPlainText(), text);
    QCOMPARE(m_panel->editor()->codeEditor()->language(), language);
}

void TestEvidencePanel::pasteFromClipboardIsOneStep()
{
    QApplication::clipboard()->setText(QString::fromLatin1(SqlSample));
    const int steps = m_doc->undoStack()->count();
    const int count = m_doc->evidence().size();
    m_panel->list()->setFocus();
    QTRY_VERIFY(m_panel->list()->hasFocus());
    QTest::keySequence(m_panel->list(), QKeySequence::Paste);
    QCOMPARE(m_doc->evidence().size(), count + 1);
    QCOMPARE(m_doc->evidence().last().language, QStringLiteral("SQL"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->evidence().size(), count);
}

void TestEvidencePanel::droppedFilesBecomeEvidence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::newRow("sql") << QStringLiteral("0147_fulfilment.sql") << QByteArray(SqlSample)
                         << int(EvidenceKind::Text) << QStringLiteral("SQL");
    QTest::newRow("yaml") << QStringLiteral("pipeline.yml") << QByteArray("steps:\n  - name: migrate\n")
                          << int(EvidenceKind::Text) << QStringLiteral("YAML");
    QTest::newRow("log") << QStringLiteral("deploy.log") << QByteArray(LogSample) << int(EvidenceKind::Text)
                         << QStringLiteral("Log File (simplified)");
    QTest::newRow("json") << QStringLiteral("alert.json") << QByteArray("{\"firing\": true}\n")
                          << int(EvidenceKind::Text) << QStringLiteral("JSON");
    QTest::newRow("shell") << QStringLiteral("rollback.sh") << QByteArray("#!/bin/sh\nkubectl rollout undo\n")
                           << int(EvidenceKind::Text) << QStringLiteral("Bash");
    // No language from the name: the content tells.
    QTest::newRow("txt with sql") << QStringLiteral("query.txt") << QByteArray(SqlSample)
                                  << int(EvidenceKind::Text) << QStringLiteral("SQL");
    QTest::newRow("utf-8") << QStringLiteral("notes.txt") << QByteArray("Größe: 10 µs → ok\n")
                           << int(EvidenceKind::Text) << QString();

    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (const char *format : { "PNG", "JPEG" }) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, format));
        QTest::newRow(format) << QStringLiteral("dashboard.%1").arg(QString::fromLatin1(format).toLower())
                              << bytes << int(EvidenceKind::Image) << QString();
    }
}

void TestEvidencePanel::droppedFilesBecomeEvidence()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, language);
    const QString path = writeFile(name, bytes);
    QVERIFY(!path.isEmpty());
    const int count = m_doc->evidence().size();
    const int steps = m_doc->undoStack()->count();

    // A real drop on the panel, as the window system delivers it.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = m_panel->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);

    QVERIFY2(m_panel->lastError().isEmpty(), qPrintable(m_panel->lastError()));
    QCOMPARE(m_doc->evidence().size(), count + 1);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Evidence &e = m_doc->evidence().last();
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.fileName, name);
    QCOMPARE(e.title, name);
    QCOMPARE(e.language, language);
    QCOMPARE(m_panel->selectedEvidence(), e.id);
    if (e.kind == EvidenceKind::Image) {
        QCOMPARE(e.data, bytes);
        QCOMPARE(e.mediaType,
            name.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                 : QStringLiteral("image/jpeg"));
        // Shown as an image, not as text.
        QVERIFY(m_panel->editor()->imageLabel()->isVisible());
        QVERIFY(!m_panel->editor()->codeEditor()->isVisible());
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        QCOMPARE(m_panel->editor()->imageLabel()->pixmap().size(), QSize(8, 6));
#else
        QCOMPARE(m_panel->editor()->imageLabel()->pixmap(Qt::ReturnByValue).size(), QSize(8, 6));
#endif
    } else {
        QCOMPARE(e.text, QString::fromUtf8(bytes));
        QVERIFY(m_panel->editor()->codeEditor()->isVisible());
    }
}

void TestEvidencePanel::unusableFilesChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QByteArray large(int(MaxTextEvidenceBytes) + 1, 'x');
    QTest::newRow("too large") << QStringLiteral("huge.log") << large << QStringLiteral("excerpt of up to");
    QTest::newRow("binary") << QStringLiteral("core.dump")
                            << QByteArray("\x7f"
                                          "ELF\x02\x01\x00\x00",
                                   8)
                            << QStringLiteral("binary file; expected text (UTF-8) or a PNG or JPEG image");
    QTest::newRow("not utf-8") << QStringLiteral("latin1.txt")
                               << QByteArray("Gr\xf6\xdf"
                                             "e\n")
                               << QStringLiteral("not UTF-8 text");
    QTest::newRow("broken png") << QStringLiteral("broken.png")
                                << QByteArray("\x89PNG\r\n\x1a\nnot really", 18)
                                << QStringLiteral("cannot be decoded");
    QTest::newRow("missing") << QStringLiteral("") << QByteArray() << QStringLiteral("does not exist");
}

void TestEvidencePanel::unusableFilesChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path =
        name.isEmpty() ? m_dir->filePath(QStringLiteral("gone.sql")) : writeFile(name, bytes);
    QVERIFY(!path.isEmpty());
    const DocumentContent before = m_doc->content();
    const int steps = m_doc->undoStack()->count();

    const QVector<EvidenceId> ids = m_panel->attachFiles({ path });
    QVERIFY(ids.isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->evidence().size(), before.evidence.size());
    // The message names the file and says what was expected.
    const QString error = m_panel->lastError();
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    bool shown = false;
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == error);
    QVERIFY(shown);
}

void TestEvidencePanel::goodAndBadFilesTogether()
{
    const QString good = writeFile(QStringLiteral("a.sql"), SqlSample);
    const QString bad = writeFile(QStringLiteral("b.bin"), QByteArray("\x00\x01\x02", 3));
    const int steps = m_doc->undoStack()->count();
    const QVector<EvidenceId> ids = m_panel->attachFiles({ good, bad });
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_panel->lastError().contains(QStringLiteral("b.bin")));
    QVERIFY(!m_panel->lastError().contains(QStringLiteral("a.sql")));
    // A clean attachment afterwards clears the message.
    m_panel->attachFiles({ good });
    QVERIFY(m_panel->lastError().isEmpty());
}

void TestEvidencePanel::contentIsHighlightedWhereTheBuildCan()
{
    Evidence sql;
    sql.title = QStringLiteral("query");
    sql.language = QStringLiteral("SQL");
    sql.text = QString::fromLatin1(SqlSample);
    const EvidenceId id = m_doc->add(sql);
    m_panel->selectEvidence(id);
    CodeEditor *code = m_panel->editor()->codeEditor();
    QCOMPARE(code->language(), QStringLiteral("SQL"));
    // Monospace, with a gutter for the line numbers.
    QVERIFY(QFontInfo(code->font()).fixedPitch());
    QVERIFY(code->lineNumberAreaWidth() > 0);
    QVERIFY(code->viewport()->x() >= code->lineNumberAreaWidth());

    const QTextBlock block = code->document()->firstBlock();
    QTRY_VERIFY(block.layout());
    const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
    if (canHighlightEvidence()) {
        QVERIFY(!formats.isEmpty());
        // "SELECT" is a keyword: coloured or bold, unlike plain text.
        bool keyword = false;
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start == 0 && range.length >= 6)
                keyword = range.format.hasProperty(QTextFormat::ForegroundBrush) ||
                    range.format.fontWeight() > QFont::Normal;
        }
        QVERIFY(keyword);
        // Plain text again when the language goes: at most one run in the theme's text colour.
        m_panel->editor()->setLanguage(QString());
        QVERIFY(code->document()->firstBlock().layout()->formats().size() <= 1);
    } else {
        QVERIFY(formats.isEmpty());
        // The language box takes any name: it is kept for builds that can highlight it.
        QVERIFY(m_panel->editor()->languageBox()->isEditable());
    }
}

void TestEvidencePanel::themeFollowsThePalette()
{
    CodeEditor editor;
    QPalette light = editor.palette();
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    editor.setPalette(light);
    QVERIFY(!editor.usesDarkTheme());
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    editor.setPalette(dark);
    QVERIFY(editor.usesDarkTheme());
    if (canHighlightEvidence()) {
        // The dark theme's own background: light text on a dark ground.
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(editor.palette().color(QPalette::Text).lightness() > 128);
    }
    editor.setPalette(light);
    QVERIFY(!editor.usesDarkTheme());
    if (canHighlightEvidence())
        QVERIFY(editor.palette().color(QPalette::Base).lightness() > 128);
}

void TestEvidencePanel::selectionMarksAndFiltersEvidence()
{
    // Node 3 ("no duration estimate") is supported by the migration and by the deploy log.
    QObject otherView;
    m_hub->selectNodes({ NodeId(3) }, &otherView);
    const EvidenceModel *model = m_panel->model();
    QSet<EvidenceId> expected;
    for (const Evidence &e : m_doc->evidence()) {
        if (e.nodes.contains(NodeId(3)))
            expected.insert(e.id);
    }
    QCOMPARE(expected.size(), 2);
    QCOMPARE(model->forSelection(), expected);

    m_panel->forSelectionAction()->setChecked(true);
    QCOMPARE(m_panel->list()->model()->rowCount(), 2);
    // An event selected in the timeline: the evidence that cites it, or a node it supports.
    m_hub->selectEvents({ EventId(24) }, &otherView);
    QCOMPARE(m_panel->list()->model()->rowCount(), 1);
    QCOMPARE(m_panel->list()->model()->index(0, 0).data().toString(),
        QStringLiteral("Manual completion of migration 0147 (DBA session transcript)"));
    // Linking an item to the selection shows it at once.
    m_panel->selectEvidence(m_doc->evidence().first().id); // clears the filter: it was hidden
    QVERIFY(!m_panel->forSelectionAction()->isChecked());
    m_hub->selectEvents({ EventId(24) }, &otherView);
    m_panel->forSelectionAction()->setChecked(true);
    const int before = m_panel->list()->model()->rowCount();
    Evidence first = m_doc->evidence().first();
    first.events.append(EventId(24));
    m_doc->change(first);
    QCOMPARE(m_panel->list()->model()->rowCount(), before + 1);
    m_panel->forSelectionAction()->setChecked(false);
    QCOMPARE(m_panel->list()->model()->rowCount(), m_doc->evidence().size());
}

void TestEvidencePanel::selectingEvidenceSelectsWhatItSupports()
{
    const Evidence &config = m_doc->evidence().at(2); // the pipeline YAML: nodes 7, 8, 9
    m_panel->selectEvidence(config.id);
    QCOMPARE(m_hub->selectedNodes(), config.nodes);
    QCOMPARE(m_hub->origin(), m_panel.get());
    // Its own selection does not mark evidence "for the selection".
    QVERIFY(m_panel->model()->forSelection().isEmpty());
    // An item with events only selects its events.
    Evidence eventsOnly;
    eventsOnly.title = QStringLiteral("chat");
    eventsOnly.events = { EventId(1), EventId(2) };
    const EvidenceId id = m_doc->add(eventsOnly);
    m_panel->selectEvidence(id);
    QCOMPARE(m_hub->selectedEvents(), eventsOnly.events);
    QVERIFY(m_hub->selectedNodes().isEmpty());
}

void TestEvidencePanel::deleteAndUndoRestoreTheItem()
{
    const EvidenceId id = m_doc->evidence().at(3).id;
    m_panel->selectEvidence(id);
    m_panel->list()->setFocus();
    QTRY_VERIFY(m_panel->list()->hasFocus());
    QTest::keyClick(m_panel->list(), Qt::Key_Delete);
    QVERIFY(!m_doc->evidenceItem(id));
    QVERIFY(m_panel->editor()->evidence() != id);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->evidenceItem(id));
    QCOMPARE(m_panel->model()->rowOf(id), 3);
}

void TestEvidencePanel::mainWindowHasTheDockForEachDocument()
{
    MainWindow window;
    QVERIFY(window.openFile(QFINDTESTDATA("../resources/samples/migration-timeout.causeway")));
    QDockWidget *dock = window.evidenceDock();
    QVERIFY(dock);
    QCOMPARE(dock->widget(), window.evidencePanel());
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QCOMPARE(window.evidencePanel()->model()->rowCount(), window.document()->evidence().size());
    // A node selected in another view marks its evidence in the dock.
    QObject diagram;
    window.selection()->selectNodes({ NodeId(3) }, &diagram);
    QCOMPARE(window.evidencePanel()->model()->forSelection().size(), 2);
    // Opening the document selected nothing in the other views on its own.
    MainWindow fresh;
    QVERIFY(fresh.openFile(QFINDTESTDATA("../resources/samples/migration-timeout.causeway")));
    QVERIFY(fresh.selection()->selectedNodes().isEmpty());
    QVERIFY(fresh.selection()->selectedEvents().isEmpty());
}

void TestEvidencePanel::screenshots()
{
    // Pictures for the documentation and for looking at the panel: only when asked for.
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CAUSEWAY_SCREENSHOT_DIR to write screenshots of the panel");
    const QString flavour = canHighlightEvidence() ? QStringLiteral("ksh") : QStringLiteral("plain");
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    m_panel->resize(620, 820);
    QObject timeline;
    m_hub->selectEvents({ EventId(10) }, &timeline);
    for (const bool useDark : { false, true }) {
        QApplication::setPalette(useDark ? dark : original);
        for (int row : { 0, 1 }) {
            m_panel->selectEvidence(m_doc->evidence().at(row).id);
            if (row == 1)
                m_panel->editor()->detectLanguage(); // the deploy log as a log
            m_panel->editor()->codeEditor()->setFocus();
            QTest::qWait(50);
            const QString file =
                QStringLiteral("%1/evidence-%2-%3-%4.png")
                    .arg(dir, flavour, row == 0 ? QStringLiteral("sql") : QStringLiteral("log"),
                        useDark ? QStringLiteral("dark") : QStringLiteral("light"));
            QVERIFY(m_panel->grab().save(file));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
