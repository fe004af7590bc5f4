// SPDX-License-Identifier: GPL-3.0-or-later
// The incident editor: its edits are undoable (typing one step per visit), key instants are
// shown and entered in the incident's zone, and the computed durations follow every change.
#include "document.h"
#include "form/boundlineedit.h"
#include "form/incidenteditor.h"
#include "form/peoplemodel.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QtTest>

using namespace causeway;

class TestIncidentEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheIncident();
    void durationsUpdateLive_data();
    void durationsUpdateLive();
    void instantsAreEnteredInTheIncidentZone();
    void titleTypingIsOneStepPerVisit();
    void severityChangeIsUndoable();
    void zoneChangeKeepsTheInstants();
    void peopleTableEditsAreCommands();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QWidget> m_window;
    IncidentEditor *m_editor = nullptr;
    QLineEdit *m_elsewhere = nullptr;
};

void TestIncidentEditor::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_window = std::make_unique<QWidget>();
    m_editor = new IncidentEditor(m_doc.get(), m_window.get());
    m_elsewhere = new QLineEdit(m_window.get());
    m_elsewhere->move(0, 900);
    m_window->resize(1200, 960);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestIncidentEditor::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

void TestIncidentEditor::showsTheIncident()
{
    QCOMPARE(m_editor->titleEdit()->text(), m_doc->incident().title);
    QCOMPARE(m_editor->severityCombo()->currentText(), QStringLiteral("SEV2"));
    QCOMPARE(m_editor->zoneCombo()->currentText(), QStringLiteral("Europe/Berlin"));
    // 10:12:31.904+02:00 in Europe/Berlin shows as 10:12:31 wall-clock time.
    QCOMPARE(m_editor->instantEdit(0)->dateTime().time(), QTime(10, 12, 31, 904));
    QCOMPARE(m_editor->instantEdit(0)->dateTime().date(), QDate(2026, 4, 14));
    QVERIFY(m_editor->durationText(0).contains(formatDuration(*durationsOf(m_doc->incident()).toDetect)));
}

void TestIncidentEditor::durationsUpdateLive_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("expected");
    QTest::newRow("detected later") << 1 << QStringLiteral("2026-04-14T10:42:31.904+02:00") << 0
                                    << formatDuration(qint64(30) * 60 * 1000000);
    QTest::newRow("mitigated") << 2 << QStringLiteral("2026-04-14T11:12:31.904+02:00") << 1
                               << formatDuration(qint64(60) * 60 * 1000000);
    QTest::newRow("started earlier") << 0 << QStringLiteral("2026-04-14T08:58:02+02:00") << 2
                                     << formatDuration(qint64(3) * 3600 * 1000000);
    QTest::newRow("resolved cleared") << 3 << QString() << 2 << QStringLiteral("unknown");
}

void TestIncidentEditor::durationsUpdateLive()
{
    QFETCH(int, which);
    QFETCH(QString, instant);
    QFETCH(int, duration);
    QFETCH(QString, expected);
    const Instant value = Instant::parseRfc3339(instant);
    QDateTime local;
    if (value.isValid()) {
        const QDateTime inZone = value.toDateTime().toTimeZone(QTimeZone("Europe/Berlin"));
        local = QDateTime(inZone.date(), inZone.time(), Qt::UTC);
    }
    const QByteArray before = serializeDocument(*m_doc);
    m_editor->setInstantFromEditor(which, local);
    QVERIFY2(
        m_editor->durationText(duration).contains(expected), qPrintable(m_editor->durationText(duration)));
    m_doc->undoStack()->undo();
    QCOMPARE(serializeDocument(*m_doc), before);
    QVERIFY(!m_editor->durationText(duration).contains(expected));
}

void TestIncidentEditor::instantsAreEnteredInTheIncidentZone()
{
    // The user edits the date-time editor: 10:30 wall-clock in Berlin (CEST, +02:00).
    QDateTimeEdit *detected = m_editor->instantEdit(1);
    detected->setDateTime(QDateTime(QDate(2026, 4, 14), QTime(10, 30), Qt::UTC));
    const Instant stored = m_doc->incident().detected;
    QCOMPARE(stored.toRfc3339(), QStringLiteral("2026-04-14T10:30:00+02:00"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Stepping the same editor merges; another instant is a step of its own.
    detected->setDateTime(QDateTime(QDate(2026, 4, 14), QTime(10, 31), Qt::UTC));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_editor->instantEdit(2)->setDateTime(QDateTime(QDate(2026, 4, 14), QTime(10, 50), Qt::UTC));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_editor->instantEdit(2)->dateTime().time(), QTime(10, 49, 55));
    QCOMPARE(detected->dateTime().time(), QTime(10, 31));
    // Undo shows the old instant in the editor.
    m_doc->undoStack()->undo();
    QCOMPARE(detected->dateTime().time(), QTime(10, 24, 2));
}

void TestIncidentEditor::titleTypingIsOneStepPerVisit()
{
    BoundLineEdit *title = m_editor->titleEdit();
    const QString original = title->text();
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    m_elsewhere->setFocus();
    QTRY_VERIFY(m_elsewhere->hasFocus());
    QCOMPARE(m_doc->incident().title, original + QStringLiteral(" (draft)"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("!"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(title->text(), original);
    QCOMPARE(m_doc->incident().title, original);
}

void TestIncidentEditor::severityChangeIsUndoable()
{
    QComboBox *severity = m_editor->severityCombo();
    const int sev1 = severity->findData(int(Severity::Sev1));
    severity->setCurrentIndex(sev1);
    Q_EMIT severity->activated(sev1);
    QCOMPARE(m_doc->incident().severity, Severity::Sev1);
    const int sev3 = severity->findData(int(Severity::Sev3));
    severity->setCurrentIndex(sev3);
    Q_EMIT severity->activated(sev3);
    QCOMPARE(m_doc->undoStack()->count(), 2); // each choice is its own step
    m_doc->undoStack()->undo();
    QCOMPARE(severity->currentText(), QStringLiteral("SEV1"));
    m_doc->undoStack()->undo();
    QCOMPARE(severity->currentText(), QStringLiteral("SEV2"));
}

void TestIncidentEditor::zoneChangeKeepsTheInstants()
{
    const Incident before = m_doc->incident();
    QComboBox *zone = m_editor->zoneCombo();
    const int tokyo = zone->findText(QStringLiteral("Asia/Tokyo"));
    QVERIFY(tokyo >= 0);
    zone->setCurrentIndex(tokyo);
    Q_EMIT zone->activated(tokyo);
    QCOMPARE(m_doc->incident().zone, QStringLiteral("Asia/Tokyo"));
    // Same moments, shown in the new zone: 10:12 CEST is 17:12 JST.
    QCOMPARE(m_doc->incident().started, before.started);
    QCOMPARE(m_editor->instantEdit(0)->dateTime().time().hour(), 17);
    QVERIFY(m_editor->durationText(0).contains(formatDuration(*durationsOf(before).toDetect)));
    m_doc->undoStack()->undo();
    QCOMPARE(m_editor->instantEdit(0)->dateTime().time().hour(), 10);

    // An unknown zone is refused with a message, not stored.
    zone->setEditText(QStringLiteral("Mars/Olympus"));
    Q_EMIT zone->lineEdit()->editingFinished();
    QCOMPARE(m_doc->incident().zone, QStringLiteral("Europe/Berlin"));
    QVERIFY(zone->toolTip().contains(QStringLiteral("Mars/Olympus")));
}

void TestIncidentEditor::peopleTableEditsAreCommands()
{
    PeopleModel *people = m_editor->peopleModel();
    QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(people->rowCount(), m_doc->people().size());
    QVERIFY(people->setData(people->index(0, PeopleModel::RoleColumn), QStringLiteral("primary on-call")));
    QCOMPARE(m_doc->people().first().role, QStringLiteral("primary on-call"));
    QVERIFY(!people->setData(people->index(0, PeopleModel::NameColumn), QStringLiteral("  ")));
    const int row = people->addPerson();
    QCOMPARE(people->rowCount(), m_doc->people().size());
    QVERIFY(people->setData(people->index(row, PeopleModel::NameColumn), QStringLiteral("Ana Costa")));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QVERIFY(people->removeRows(row, 1));
    QCOMPARE(people->rowCount(), m_doc->people().size());
    m_doc->undoStack()->undo();
    QCOMPARE(people->index(row, PeopleModel::NameColumn).data().toString(), QStringLiteral("Ana Costa"));
    // Removing the commander clears the commander, in the same undoable step.
    const int commanderRow = people->rowOf(m_doc->incident().commander);
    QVERIFY(people->removeRows(commanderRow, 1));
    QVERIFY(!m_doc->incident().commander.isValid());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->incident().commander, PersonId(2));
}

QTEST_MAIN(TestIncidentEditor)
#include "tst_incidenteditor.moc"
