// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenteditor.h"

#include "boundlineedit.h"
#include "document.h"
#include "formstyle.h"
#include "labels.h"
#include "peoplemodel.h"
#include "proseedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

namespace {

Instant Incident::*const InstantMembers[] = { &Incident::started, &Incident::detected, &Incident::mitigated,
    &Incident::resolved };

// The editor shows wall-clock time in the incident's zone; this stands for "not set".
const QDateTime NotSet(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);

QString optionalNumber(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QString();
}

std::optional<qint64> parseCount(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QTimeZone zoneOf(const Incident &incident)
{
    const QTimeZone zone(incident.zone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont bold = box->font();
    bold.setBold(true);
    box->setFont(bold);
    return box;
}

// Group boxes make their titles bold; their contents should not be.
void plainFont(QWidget *w)
{
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}

} // namespace

IncidentEditor::IncidentEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_people(new PeopleModel(document, this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->addWidget(createGeneral(), 0, 0);
    grid->addWidget(createInstants(), 0, 1);
    grid->addWidget(createImpact(), 1, 0);
    grid->addWidget(createPeople(), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    sync(Incident::Fields(0xffff));
    connect(document, &Document::incidentChanged, this, &IncidentEditor::sync);
    for (auto signal : { &Document::personAdded, &Document::personRemoved })
        connect(document, signal, this, &IncidentEditor::syncPeopleChoices);
    connect(document, &Document::personChanged, this, &IncidentEditor::syncPeopleChoices);
}

void IncidentEditor::edit(const std::function<void(Incident &)> &change, bool ownStep)
{
    Incident incident = m_document->incident();
    change(incident);
    if (ownStep)
        m_document->sealEdits();
    m_document->changeIncident(incident);
    if (ownStep)
        m_document->sealEdits();
}

BoundLineEdit *IncidentEditor::lineField(const QString &key, std::function<QString(const Incident &)> read,
    std::function<void(Incident &, const QString &)> write)
{
    Document *doc = m_document;
    auto *field = new BoundLineEdit(
        doc, QStringLiteral("incident/") + key, [doc, read] { return read(doc->incident()); },
        [this, write](const QString &text) { edit([&](Incident &i) { write(i, text); }, false); }, this);
    plainFont(field);
    m_lineFields << field;
    return field;
}

QWidget *IncidentEditor::createGeneral()
{
    auto *box = group(tr("Overview"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = lineField(
        QStringLiteral("title"), [](const Incident &i) { return i.title; },
        [](Incident &i, const QString &t) { i.title = t; });
    m_title->setPlaceholderText(tr("What users experienced, in one line"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    form->addRow(tr("Title"), m_title);

    auto *row = new QHBoxLayout;
    auto *identifier = lineField(
        QStringLiteral("identifier"), [](const Incident &i) { return i.identifier; },
        [](Incident &i, const QString &t) { i.identifier = t.trimmed(); });
    identifier->setPlaceholderText(tr("INC-2026-0001"));
    row->addWidget(identifier, 1);
    m_severity = new QComboBox(box);
    plainFont(m_severity);
    m_severity->setAccessibleName(tr("Severity"));
    for (int s = 0; s < 6; ++s)
        m_severity->addItem(label(Severity(s)), s);
    connect(m_severity, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        edit([&](Incident &i) { i.severity = Severity(m_severity->itemData(index).toInt()); }, true);
    });
    row->addWidget(new QLabel(tr("Severity"), box));
    row->addWidget(m_severity);
    m_status = new QComboBox(box);
    plainFont(m_status);
    m_status->setAccessibleName(tr("Status"));
    for (int s = 0; s < 3; ++s)
        m_status->addItem(label(IncidentStatus(s)), s);
    connect(m_status, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        edit([&](Incident &i) { i.status = IncidentStatus(m_status->itemData(index).toInt()); }, true);
    });
    row->addWidget(new QLabel(tr("Status"), box));
    row->addWidget(m_status);
    form->addRow(tr("Identifier"), row);

    m_commander = new QComboBox(box);
    plainFont(m_commander);
    m_commander->setAccessibleName(tr("Incident commander"));
    connect(m_commander, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        edit([&](Incident &i) { i.commander = PersonId(m_commander->itemData(index).toULongLong()); }, true);
    });
    form->addRow(tr("Commander"), m_commander);

    auto makePeopleButton = [this, box](QVector<PersonId> Incident::*member, const QString &name) {
        auto *button = new QPushButton(box);
        plainFont(button);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 8px; }"));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(name);
        auto *menu = new QMenu(button);
        button->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, member] {
            menu->clear();
            const QVector<PersonId> chosen = m_document->incident().*member;
            for (const Person &p : m_document->people()) {
                QAction *a = menu->addAction(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
                a->setCheckable(true);
                a->setChecked(chosen.contains(p.id));
                connect(a, &QAction::toggled, this, [this, member, id = p.id](bool on) {
                    edit(
                        [&](Incident &i) {
                            QVector<PersonId> &list = i.*member;
                            if (on && !list.contains(id))
                                list.append(id);
                            else if (!on)
                                list.removeAll(id);
                        },
                        true);
                });
            }
        });
        return button;
    };
    m_authors = makePeopleButton(&Incident::authors, tr("Authors"));
    form->addRow(tr("Authors"), m_authors);
    m_reviewers = makePeopleButton(&Incident::reviewers, tr("Reviewers"));
    form->addRow(tr("Reviewers"), m_reviewers);

    auto *services = lineField(
        QStringLiteral("services"), [](const Incident &i) { return i.services.join(QStringLiteral(", ")); },
        [](Incident &i, const QString &t) {
            QStringList list;
            for (const QString &s : t.split(QLatin1Char(','))) {
                if (!s.trimmed().isEmpty())
                    list << s.trimmed();
            }
            i.services = list;
        });
    services->setPlaceholderText(tr("Comma-separated, e.g. orders-api, checkout-web"));
    form->addRow(tr("Services"), services);
    for (QLabel *l : box->findChildren<QLabel *>())
        plainFont(l);
    return box;
}

QWidget *IncidentEditor::createImpact()
{
    auto *box = group(tr("Impact"), this);
    auto *form = new QFormLayout(box);
    auto *numbers = new QHBoxLayout;
    auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ,.]*")), this);
    auto *customers = lineField(
        QStringLiteral("impact.customers"),
        [](const Incident &i) { return optionalNumber(i.impact.customers); },
        [](Incident &i, const QString &t) { i.impact.customers = parseCount(t); });
    customers->setValidator(digits);
    customers->setPlaceholderText(tr("unknown"));
    auto *requests = lineField(
        QStringLiteral("impact.failedRequests"),
        [](const Incident &i) { return optionalNumber(i.impact.failedRequests); },
        [](Incident &i, const QString &t) { i.impact.failedRequests = parseCount(t); });
    requests->setValidator(digits);
    requests->setPlaceholderText(tr("unknown"));
    numbers->addWidget(new QLabel(tr("Customers"), box));
    numbers->addWidget(customers);
    numbers->addWidget(new QLabel(tr("Failed requests"), box));
    numbers->addWidget(requests);
    form->addRow(numbers);

    auto *money = new QHBoxLayout;
    auto *revenue = lineField(
        QStringLiteral("impact.revenue"),
        [](const Incident &i) {
            return i.impact.revenue ? QString::number(*i.impact.revenue, 'f', 2) : QString();
        },
        [](Incident &i, const QString &t) {
            bool ok = false;
            const double v = QString(t).remove(QLatin1Char(',')).trimmed().toDouble(&ok);
            i.impact.revenue = ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
        });
    revenue->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9,]*\\.?[0-9]{0,2}")), this));
    revenue->setPlaceholderText(tr("unknown"));
    auto *currency = lineField(
        QStringLiteral("impact.currency"), [](const Incident &i) { return i.impact.currency; },
        [](Incident &i, const QString &t) { i.impact.currency = t.trimmed().toUpper(); });
    currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    currency->setPlaceholderText(tr("EUR"));
    currency->setMaximumWidth(70);
    money->addWidget(new QLabel(tr("Revenue lost"), box));
    money->addWidget(revenue, 1);
    money->addWidget(currency);
    form->addRow(money);

    Document *doc = m_document;
    m_impactDescription = new ProseEdit(
        doc, QStringLiteral("incident/impact.description"),
        [doc] { return doc->incident().impact.description; },
        [this](const QString &text) { edit([&](Incident &i) { i.impact.description = text; }, false); }, box);
    m_impactDescription->setPlaceholderText(tr("Who was affected and how, in a few sentences"));
    m_impactDescription->setAccessibleName(tr("Impact description"));
    plainFont(m_impactDescription);
    form->addRow(m_impactDescription);
    for (QLabel *l : box->findChildren<QLabel *>())
        plainFont(l);
    return box;
}

QWidget *IncidentEditor::createInstants()
{
    auto *box = group(tr("Key instants"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Time zone"), box), 0, 0);
    m_zone = new QComboBox(box);
    plainFont(m_zone);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("The incident's time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    auto applyZone = [this] {
        const QString text = m_zone->currentText().trimmed();
        if (text == m_document->incident().zone)
            return;
        if (!QTimeZone(text.toUtf8()).isValid()) {
            m_zone->setToolTip(tr("“%1” is not a time zone this system knows; expected an IANA name such as "
                                  "Europe/Berlin or UTC")
                                   .arg(text));
            m_zone->setStyleSheet(QStringLiteral("QComboBox { border: 1px solid #b01c1c; }"));
            return;
        }
        m_zone->setStyleSheet(QString());
        m_zone->setToolTip(QString());
        edit([&](Incident &i) { i.zone = text; }, true);
    };
    connect(m_zone, QOverload<int>::of(&QComboBox::activated), this, applyZone);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, applyZone);
    grid->addWidget(m_zone, 0, 1, 1, 3);

    const QString names[] = { tr("Started"), tr("Detected"), tr("Mitigated"), tr("Resolved") };
    for (int w = 0; w < 4; ++w) {
        InstantRow &row = m_instants[w];
        grid->addWidget(new QLabel(names[w], box), w + 1, 0);
        row.edit = new QDateTimeEdit(box);
        plainFont(row.edit);
        row.edit->setAccessibleName(names[w]);
        row.edit->setTimeSpec(Qt::UTC); // wall-clock in the incident's zone, see syncInstants()
        row.edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        row.edit->setCalendarPopup(true);
        row.edit->setMinimumDateTime(NotSet);
        row.edit->setSpecialValueText(tr("not set"));
        connect(row.edit, &QDateTimeEdit::dateTimeChanged, this, [this, w](const QDateTime &value) {
            // sync() blocks this signal: what arrives here is the user's edit. The four instants
            // share one field mask, so moving to another instant starts a new step.
            if (m_lastInstantEdited != w)
                m_document->sealEdits();
            m_lastInstantEdited = w;
            setInstantFromEditor(w, value);
        });
        connect(row.edit, &QDateTimeEdit::editingFinished, this, [this] {
            m_document->sealEdits();
            m_lastInstantEdited = -1;
        });
        grid->addWidget(row.edit, w + 1, 1);
        row.zone = new QLabel(box);
        formstyle::makeMuted(row.zone);
        row.zone->setWordWrap(false);
        grid->addWidget(row.zone, w + 1, 2);
        row.clear = new QToolButton(box);
        row.clear->setAutoRaise(true);
        connect(row.clear, &QToolButton::clicked, this, [this, w] {
            const Instant current = m_document->incident().*InstantMembers[w];
            if (current.isValid()) {
                edit([&](Incident &i) { i.*InstantMembers[w] = Instant(); }, true);
                return;
            }
            // Unset: start from the instant before it, or now, so the user only adjusts.
            Instant start = Instant::fromDateTime(QDateTime::currentDateTimeUtc());
            for (int before = w - 1; before >= 0; --before) {
                if ((m_document->incident().*InstantMembers[before]).isValid()) {
                    start = m_document->incident().*InstantMembers[before];
                    break;
                }
            }
            const QDateTime local = start.toDateTime().toTimeZone(zoneOf(m_document->incident()));
            setInstantFromEditor(w, QDateTime(local.date(), local.time(), Qt::UTC));
            m_document->sealEdits();
        });
        grid->addWidget(row.clear, w + 1, 3);
    }

    auto *durations = new QLabel(tr("Computed from the instants"), box);
    formstyle::makeMuted(durations);
    grid->addWidget(durations, 5, 0, 1, 4);
    const QString durationNames[] = { tr("Time to detect"), tr("Time to mitigate"), tr("Time to resolve") };
    auto *row = new QHBoxLayout;
    for (int d = 0; d < 3; ++d) {
        m_durations[d] = new QLabel(box);
        m_durations[d]->setAccessibleName(durationNames[d]);
        m_durations[d]->setTextFormat(Qt::RichText);
        row->addWidget(m_durations[d]);
    }
    grid->addLayout(row, 6, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    for (QLabel *l : box->findChildren<QLabel *>())
        plainFont(l);
    return box;
}

QWidget *IncidentEditor::createPeople()
{
    auto *box = group(tr("People and roles"), this);
    auto *layout = new QVBoxLayout(box);
    m_peopleTable = new QTableView(box);
    plainFont(m_peopleTable);
    m_peopleTable->setModel(m_people);
    m_peopleTable->setAccessibleName(tr("People and roles"));
    m_peopleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_peopleTable->verticalHeader()->hide();
    m_peopleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed);
    m_peopleTable->setMinimumHeight(150);
    layout->addWidget(m_peopleTable);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(box);
    plainFont(add);
    add->setText(tr("+ Add Person"));
    add->setAutoRaise(true);
    connect(add, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_people->index(m_people->addPerson(), PeopleModel::NameColumn);
        m_peopleTable->setCurrentIndex(index);
        m_peopleTable->edit(index);
    });
    auto *remove = new QToolButton(box);
    plainFont(remove);
    remove->setText(tr("Remove"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove the selected people; what they did stays in the record under their name"));
    connect(remove, &QToolButton::clicked, this, [this] {
        QVector<PersonId> ids;
        for (const QModelIndex &index : m_peopleTable->selectionModel()->selectedRows())
            ids << m_people->personAt(index.row());
        m_document->removePeople(ids);
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void IncidentEditor::setInstantFromEditor(int which, const QDateTime &local)
{
    Instant value;
    if (local.isValid() && local != NotSet) {
        const QDateTime inZone(local.date(), local.time(), zoneOf(m_document->incident()));
        value = Instant::fromDateTime(inZone);
    }
    edit([&](Incident &i) { i.*InstantMembers[which] = value; }, false);
}

void IncidentEditor::sync(Incident::Fields fields)
{
    const Incident &i = m_document->incident();
    for (BoundLineEdit *field : qAsConst(m_lineFields))
        field->refresh();
    m_impactDescription->refresh();
    if (fields & Incident::Field::Severity) {
        QSignalBlocker b(m_severity);
        m_severity->setCurrentIndex(m_severity->findData(int(i.severity)));
    }
    if (fields & Incident::Field::Status) {
        QSignalBlocker b(m_status);
        m_status->setCurrentIndex(m_status->findData(int(i.status)));
    }
    if (fields & (Incident::Field::Commander | Incident::Field::Authors | Incident::Field::Reviewers))
        syncPeopleChoices();
    if (fields & Incident::Field::Zone) {
        QSignalBlocker b(m_zone);
        m_zone->setEditText(i.zone);
    }
    if (fields & (Incident::Field::Zone | Incident::Field::KeyInstants)) {
        syncInstants();
        updateDurations();
    }
}

void IncidentEditor::syncPeopleChoices()
{
    const Incident &i = m_document->incident();
    {
        QSignalBlocker b(m_commander);
        m_commander->clear();
        m_commander->addItem(tr("Not set"), quint64(0));
        for (const Person &p : m_document->people())
            m_commander->addItem(p.name, quint64(p.id.value));
        m_commander->setCurrentIndex(qMax(0, m_commander->findData(quint64(i.commander.value))));
    }
    auto names = [this](const QVector<PersonId> &ids) {
        QStringList list;
        for (PersonId id : ids) {
            if (const Person *p = m_document->person(id))
                list << p->name;
        }
        return list.isEmpty() ? tr("Choose…") : list.join(QStringLiteral(", "));
    };
    m_authors->setText(names(i.authors));
    m_reviewers->setText(names(i.reviewers));
}

void IncidentEditor::syncInstants()
{
    const Incident &i = m_document->incident();
    const QTimeZone zone = zoneOf(i);
    for (int w = 0; w < 4; ++w) {
        InstantRow &row = m_instants[w];
        const Instant instant = i.*InstantMembers[w];
        QSignalBlocker b(row.edit);
        if (instant.isValid()) {
            const QDateTime local = instant.toDateTime().toTimeZone(zone);
            row.edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
            row.zone->setText(QStringLiteral("%1 (%2)").arg(zone.abbreviation(local), i.zone));
            row.clear->setText(QStringLiteral("✕"));
            row.clear->setToolTip(tr("Clear this instant"));
        } else {
            row.edit->setDateTime(NotSet);
            row.zone->setText(i.zone);
            row.clear->setText(tr("Set"));
            row.clear->setToolTip(tr("Set this instant, starting from the one before it"));
        }
    }
}

QString IncidentEditor::durationText(int which) const
{
    return m_durations[which]->text();
}

void IncidentEditor::updateDurations()
{
    const IncidentDurations d = durationsOf(m_document->incident());
    const std::optional<qint64> values[] = { d.toDetect, d.toMitigate, d.toResolve };
    const QString names[] = { tr("Time to detect"), tr("Time to mitigate"), tr("Time to resolve") };
    for (int k = 0; k < 3; ++k) {
        const QString value = values[k] ? formatDuration(*values[k]) : tr("unknown");
        m_durations[k]->setText(
            QStringLiteral("%1<br><b style='font-size:large'>%2</b>").arg(names[k], value));
    }
}

} // namespace causeway
