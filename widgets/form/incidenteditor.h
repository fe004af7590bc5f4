// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace causeway {

class BoundLineEdit;
class Document;
class PeopleModel;
class ProseEdit;

/**
 * The incident's metadata: title, identifier, severity, status, the people and their roles (the
 * commander, authors and reviewers among them), services, impact numbers, and the key instants
 * shown in the incident's zone with the durations computed from them. Every edit is undoable;
 * typing in one field is one step per visit.
 */
class IncidentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentEditor(Document *document, QWidget *parent = nullptr);

    BoundLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *zoneCombo() const { return m_zone; }
    QDateTimeEdit *instantEdit(int which) const { return m_instants[which].edit; }
    /// "Time to detect" etc.: the computed durations as shown.
    QString durationText(int which) const;
    PeopleModel *peopleModel() const { return m_people; }
    ProseEdit *impactDescriptionEdit() const { return m_impactDescription; }

    /// Sets the key instant \a which (0 started … 3 resolved) to wall-clock \a local in the incident's zone.
    void setInstantFromEditor(int which, const QDateTime &local);

private:
    struct InstantRow
    {
        QDateTimeEdit *edit = nullptr;
        QLabel *zone = nullptr;
        QToolButton *clear = nullptr;
    };
    QWidget *createGeneral();
    QWidget *createImpact();
    QWidget *createInstants();
    QWidget *createPeople();
    BoundLineEdit *lineField(const QString &key, std::function<QString(const Incident &)> read,
        std::function<void(Incident &, const QString &)> write);
    void sync(Incident::Fields fields);
    void syncPeopleChoices();
    void syncInstants();
    void updateDurations();
    void edit(const std::function<void(Incident &)> &change, bool ownStep);

    Document *m_document;
    PeopleModel *m_people;
    QList<BoundLineEdit *> m_lineFields;
    BoundLineEdit *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_commander = nullptr;
    QPushButton *m_authors = nullptr;
    QPushButton *m_reviewers = nullptr;
    QComboBox *m_zone = nullptr;
    ProseEdit *m_impactDescription = nullptr;
    InstantRow m_instants[4];
    QLabel *m_durations[3] = {};
    QTableView *m_peopleTable = nullptr;
    int m_lastInstantEdited = -1;
};

} // namespace causeway
