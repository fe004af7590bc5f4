// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export: the preview follows the choices, the file name follows the format, and Export
// writes what the preview showed.
#include "export/exportdialog.h"
#include "format/documentreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTemporaryDir>
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

template<class T>
T *child(QWidget *parent, int index = 0)
{
    const QList<T *> all = parent->findChildren<T *>();
    return all.value(index);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfPreviewShowsTheFirstPage();
    void formatChangesTheSuffix();
    void markdownPreviewFollowsTheAudience();
    void exportWritesTheFile();
};

void TestExportDialog::pdfPreviewShowsTheFirstPage()
{
    ExportDialog dialog(sample(), QStringLiteral("/tmp/report.pdf"));
    dialog.resize(900, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300); // the preview follows the new size
    auto *stack = child<QStackedWidget>(&dialog);
    auto *page = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(page);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QVERIFY(!page->pixmap().isNull());
#else
    QVERIFY(!page->pixmap(Qt::ReturnByValue).isNull());
#endif
    if (!qEnvironmentVariableIsEmpty("CAUSEWAY_SCREENSHOTS"))
        dialog.grab().save(
            qEnvironmentVariable("CAUSEWAY_SCREENSHOTS") + QStringLiteral("/export-dialog.png"));
}

void TestExportDialog::formatChangesTheSuffix()
{
    ExportDialog dialog(sample(), QStringLiteral("/tmp/incident/report.pdf"));
    auto *format = child<QComboBox>(&dialog);
    const int md = format->findData(QStringLiteral("md"));
    QVERIFY(md >= 0);
    format->setCurrentIndex(md);
    QCOMPARE(dialog.fileName(), QStringLiteral("/tmp/incident/report.md"));
}

void TestExportDialog::markdownPreviewFollowsTheAudience()
{
    ExportDialog dialog(sample(), QStringLiteral("/tmp/report.md"));
    auto *text = child<QPlainTextEdit>(&dialog);
    QVERIFY(text->toPlainText().contains(QStringLiteral("Jonas Weber")));
    QRadioButton *leadership = nullptr;
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>()) {
        if (b->text().contains(QStringLiteral("Leadership")))
            leadership = b;
    }
    QVERIFY(leadership);
    leadership->setChecked(true);
    QTRY_VERIFY(!text->toPlainText().contains(QStringLiteral("Jonas Weber")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Incident commander")));
    QCOMPARE(dialog.options().audience, Audience::Leadership);
}

void TestExportDialog::exportWritesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    ExportDialog dialog(sample(), path);
    QVERIFY(dialog.exportNow());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("# orders-api"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
