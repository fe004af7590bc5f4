// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog reads in the background, previews, and adds events as one undo step;
// importing the same file again adds nothing.
#include "document.h"
#include "import/importdialog.h"

#include <QSignalSpy>
#include <QtTest>

using namespace causeway;

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void guessesTheFormat_data();
    void guessesTheFormat();
    void importsOnceAsOneStep();
    void missingFileSaysWhy();

private:
    QString m_file;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_file = QFINDTESTDATA("data/import/jsonl/orders-api.jsonl");
    QVERIFY(!m_file.isEmpty());
}

void TestImportDialog::guessesTheFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << QStringLiteral("/x/timeline.jsonl") << QStringLiteral("jsonl");
    QTest::newRow("upper case") << QStringLiteral("/x/TIMELINE.JSONL") << QStringLiteral("jsonl");
    QTest::newRow("unknown") << QStringLiteral("/x/notes.docx") << QString();
}

void TestImportDialog::guessesTheFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Importer *importer = ImportDialog::guessImporter(file);
    QCOMPARE(importer ? importer->name() : QString(), format);
}

void TestImportDialog::importsOnceAsOneStep()
{
    Document document;
    Incident incident = document.incident();
    incident.zone = QStringLiteral("Europe/Berlin");
    document.changeIncident(incident);
    document.undoStack()->clear();

    {
        ImportDialog dialog(&document, { m_file });
        QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
        dialog.startReading();
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.eventsToAdd(), 3);
        dialog.apply();
    }
    QCOMPARE(document.events().size(), 3);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->text(0).contains(QLatin1String("orders-api.jsonl")));
    QCOMPARE(document.events().at(2).source.line, 3);

    {
        ImportDialog again(&document, { m_file });
        QSignalSpy finished(&again, &ImportDialog::readingFinished);
        again.startReading();
        QVERIFY(finished.wait(10000));
        QCOMPARE(again.eventsToAdd(), 0);
        QCOMPARE(again.duplicates(), 3);
    }
    document.undoStack()->undo();
    QCOMPARE(document.events().size(), 0);
}

void TestImportDialog::missingFileSaysWhy()
{
    Document document;
    ImportDialog dialog(&document, { QStringLiteral("/nonexistent/x.jsonl") });
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    dialog.startReading();
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog.eventsToAdd(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
