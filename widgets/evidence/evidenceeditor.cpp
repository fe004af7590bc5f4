// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceeditor.h"

#include "checklistpopup.h"
#include "codeeditor.h"
#include "document.h"
#include "evidencelanguage.h"
#include "form/boundlineedit.h"
#include "labels.h"
#include "time/timedisplay.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimeZone>

#include <algorithm>

namespace causeway {

namespace {

QString elided(const QString &text, int max)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : QString(simple.left(max - 1) + QStringLiteral("…"));
}

template<class Id>
QVector<Id> toIds(const QVector<quint64> &values)
{
    QVector<Id> ids;
    for (quint64 v : values)
        ids << Id(v);
    return ids;
}

template<class Id>
QVector<quint64> toValues(const QVector<Id> &ids)
{
    QVector<quint64> values;
    for (Id id : ids)
        values << id.value;
    return values;
}

} // namespace

EvidenceEditor::EvidenceEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(new QComboBox(this))
    , m_detect(new QPushButton(tr("From File Name"), this))
    , m_events(new QLabel(this))
    , m_nodes(new QLabel(this))
    , m_chooseEvents(new QPushButton(tr("Events…"), this))
    , m_chooseNodes(new QPushButton(tr("Nodes…"), this))
    , m_content(new QStackedWidget(this))
    , m_code(new CodeEditor(this))
    , m_imageScroll(new QScrollArea(this))
    , m_image(new QLabel(this))
{
    const auto field = [this](QString Evidence::*member) {
        return [this, member] {
            const Evidence *e = current();
            return e ? e->*member : QString();
        };
    };
    const auto writer = [this](QString Evidence::*member) {
        return [this, member](const QString &text) {
            if (const Evidence *e = current()) {
                Evidence changed = *e;
                changed.*member = text;
                m_document->change(changed);
            }
        };
    };
    m_title = new BoundLineEdit(
        document, QStringLiteral("evidence/title"), field(&Evidence::title), writer(&Evidence::title), this);
    m_title->setPlaceholderText(tr("What this shows, e.g. “Deploy log of release 2026.04.14-2”"));
    m_fileName = new BoundLineEdit(document, QStringLiteral("evidence/fileName"), field(&Evidence::fileName),
        writer(&Evidence::fileName), this);
    m_fileName->setPlaceholderText(tr("Where it comes from, e.g. db/migrations/0147.sql"));

    // With KSyntaxHighlighting the languages are its definitions; without it any name may be typed
    // (kept for builds and exports that can highlight it).
    m_language->setEditable(!canHighlightEvidence());
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_language->setMaxVisibleItems(20);
    m_language->setToolTip(tr("The language the content is highlighted in"));
    fillLanguages();
    connect(m_language, qOverload<int>(&QComboBox::activated), this,
        [this](int index) { setLanguage(m_language->itemData(index).toString()); });
    if (m_language->lineEdit()) {
        connect(m_language->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            const QString text = m_language->currentText().trimmed();
            const int index = m_language->findText(text);
            setLanguage(index >= 0 ? m_language->itemData(index).toString() : text);
        });
    }
    m_detect->setToolTip(tr("Take the language from the file name, or guess it from the content"));
    connect(m_detect, &QPushButton::clicked, this, &EvidenceEditor::detectLanguage);
    connect(m_chooseEvents, &QPushButton::clicked, this, &EvidenceEditor::chooseEvents);
    connect(m_chooseNodes, &QPushButton::clicked, this, &EvidenceEditor::chooseNodes);
    m_chooseEvents->setToolTip(tr("Choose the timeline events this evidence supports"));
    m_chooseNodes->setToolTip(tr("Choose the causal nodes this evidence supports"));
    for (QLabel *label : { m_events, m_nodes }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    // The document's undo stack is the only history of the content.
    m_code->setUndoRedoEnabled(false);
    m_code->setAccessibleName(tr("Evidence content"));
    m_code->installEventFilter(this);
    m_code->viewport()->installEventFilter(this);
    connect(m_code, &QPlainTextEdit::textChanged, this, &EvidenceEditor::writeText);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Evidence image"));
    m_imageScroll->setWidget(m_image);
    m_imageScroll->setWidgetResizable(true);
    m_imageScroll->setAlignment(Qt::AlignCenter);
    m_content->addWidget(m_code);
    m_content->addWidget(m_imageScroll);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    languageRow->addWidget(m_detect);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    form->addRow(tr("File &name:"), m_fileName);
    auto *eventsRow = new QHBoxLayout;
    eventsRow->addWidget(m_events, 1);
    eventsRow->addWidget(m_chooseEvents, 0, Qt::AlignTop);
    form->addRow(tr("Supports events:"), eventsRow);
    auto *nodesRow = new QHBoxLayout;
    nodesRow->addWidget(m_nodes, 1);
    nodesRow->addWidget(m_chooseNodes, 0, Qt::AlignTop);
    form->addRow(tr("Supports nodes:"), nodesRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_content, 1);

    connect(document, &Document::evidenceChanged, this, [this](EvidenceId id, Evidence::Fields fields) {
        if (id == m_id)
            refresh(fields);
    });
    connect(document, &Document::evidenceRemoved, this, [this](EvidenceId id) {
        if (id == m_id)
            setEvidence(EvidenceId());
    });
    // The lists name events and nodes: keep those names current.
    connect(document, &Document::eventChanged, this, &EvidenceEditor::refreshLinks);
    connect(document, &Document::nodeChanged, this, &EvidenceEditor::refreshLinks);
    setEvidence(EvidenceId());
}

const Evidence *EvidenceEditor::current() const
{
    return m_id.isValid() ? m_document->evidenceItem(m_id) : nullptr;
}

void EvidenceEditor::setEvidence(EvidenceId id)
{
    const bool switched = m_id != id;
    if (switched)
        m_document->sealEdits(); // typing in another item is another step
    m_id = m_document->evidenceItem(id) ? id : EvidenceId();
    const bool enabled = m_id.isValid();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_title, m_fileName, m_language, m_detect, m_chooseEvents, m_chooseNodes, m_content })
        w->setEnabled(enabled);
    refresh(Evidence::Fields(0x7f));
    // Another item is read from its first line, not from where the last one was left.
    if (switched)
        m_code->moveCursor(QTextCursor::Start);
}

void EvidenceEditor::refresh(Evidence::Fields fields)
{
    if (fields & Evidence::Field::Title)
        m_title->refresh();
    if (fields & Evidence::Field::FileName)
        m_fileName->refresh();
    // The content first: highlighting the old text in the new language would be wasted work.
    if (fields & (Evidence::Field::Content | Evidence::Field::Kind))
        refreshContent();
    if (fields & Evidence::Field::Language)
        refreshLanguage();
    if (fields & (Evidence::Field::Events | Evidence::Field::Nodes))
        refreshLinks();
}

void EvidenceEditor::fillLanguages()
{
    m_language->clear();
    m_language->addItem(tr("Plain text"), QString());
    for (const QString &name : evidenceLanguages())
        m_language->addItem(name, name);
}

void EvidenceEditor::refreshLanguage()
{
    const Evidence *e = current();
    const QString language = e ? e->language : QString();
    int index = m_language->findData(language);
    if (index < 0) {
        // A language this build does not know (written elsewhere): show it rather than lose it.
        m_language->insertItem(1, language, language);
        index = 1;
    }
    m_language->setCurrentIndex(index);
    // Re-highlighting reports a text change (Qt 5): it is not an edit.
    m_updating = true;
    m_code->setLanguage(language);
    m_updating = false;
}

void EvidenceEditor::refreshLinks()
{
    const Evidence *e = current();
    if (!e) {
        m_events->clear();
        m_nodes->clear();
        return;
    }
    const Incident &incident = m_document->incident();
    const TimeFormatter times(TimeDisplay::IncidentZone, QTimeZone(incident.zone.toUtf8()), incident.started);
    QStringList events;
    for (EventId id : e->events) {
        if (const TimelineEvent *ev = m_document->event(id))
            events << QStringLiteral("%1 %2").arg(times.format(ev->time), elided(ev->text, 60));
    }
    QStringList nodes;
    for (NodeId id : e->nodes) {
        if (const CausalNode *n = m_document->node(id))
            nodes << QStringLiteral("%1: %2").arg(label(n->type), elided(n->label, 60));
    }
    // The first one and a count, so that the content keeps the room; all of them in the tooltip.
    const auto show = [this](QLabel *label, const QStringList &items) {
        if (items.isEmpty())
            label->setText(tr("none"));
        else if (items.size() == 1)
            label->setText(items.first());
        else
            label->setText(tr("%1 (and %n more)", nullptr, items.size() - 1).arg(items.first()));
        label->setToolTip(items.join(QLatin1Char('\n')));
    };
    show(m_events, events);
    show(m_nodes, nodes);
}

void EvidenceEditor::refreshContent()
{
    const Evidence *e = current();
    if (e && e->kind == EvidenceKind::Image) {
        m_content->setCurrentWidget(m_imageScroll);
        QPixmap pixmap;
        pixmap.loadFromData(e->data);
        m_image->setPixmap(pixmap);
        m_image->setToolTip(tr("%1 × %2 pixels").arg(pixmap.width()).arg(pixmap.height()));
        m_detect->setEnabled(false);
        m_language->setEnabled(false);
        return;
    }
    m_content->setCurrentWidget(m_code);
    m_detect->setEnabled(e != nullptr);
    m_language->setEnabled(e != nullptr);
    const QString wanted = e ? e->text : QString();
    const QString shown = m_code->toPlainText();
    if (wanted == shown)
        return;
    // Replace only the part that differs, so the cursor keeps its place in the unchanged text.
    int prefix = 0;
    const int maxPrefix = qMin(wanted.size(), shown.size());
    while (prefix < maxPrefix && wanted.at(prefix) == shown.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < maxPrefix - prefix &&
        wanted.at(wanted.size() - 1 - suffix) == shown.at(shown.size() - 1 - suffix))
        ++suffix;
    m_updating = true;
    const int scroll = m_code->verticalScrollBar()->value();
    QTextCursor cursor(m_code->document());
    cursor.setPosition(prefix);
    cursor.setPosition(shown.size() - suffix, QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(prefix, wanted.size() - prefix - suffix));
    m_code->verticalScrollBar()->setValue(scroll);
    m_updating = false;
}

void EvidenceEditor::writeText()
{
    if (m_updating)
        return;
    const Evidence *e = current();
    if (!e || e->kind != EvidenceKind::Text)
        return;
    Evidence changed = *e;
    changed.text = m_code->toPlainText();
    if (changed.text == e->text)
        return; // a change of formats only (highlighting), not of the text
    m_updating = true;
    m_document->change(changed);
    m_updating = false;
}

void EvidenceEditor::setLanguage(const QString &language)
{
    const Evidence *e = current();
    if (!e || e->language == language) {
        refreshLanguage();
        return;
    }
    Evidence changed = *e;
    changed.language = language;
    m_document->sealEdits();
    m_document->change(changed);
    m_document->sealEdits();
}

void EvidenceEditor::detectLanguage()
{
    const Evidence *e = current();
    if (!e)
        return;
    QString language = languageForFileName(e->fileName);
    if (language.isEmpty())
        language = guessLanguage(e->text);
    setLanguage(language);
}

void EvidenceEditor::setEvents(const QVector<EventId> &events)
{
    const Evidence *e = current();
    if (!e)
        return;
    Evidence changed = *e;
    changed.events = events;
    std::sort(changed.events.begin(), changed.events.end());
    m_document->sealEdits();
    m_document->change(changed);
    m_document->sealEdits();
}

void EvidenceEditor::setNodes(const QVector<NodeId> &nodes)
{
    const Evidence *e = current();
    if (!e)
        return;
    Evidence changed = *e;
    changed.nodes = nodes;
    std::sort(changed.nodes.begin(), changed.nodes.end());
    m_document->sealEdits();
    m_document->change(changed);
    m_document->sealEdits();
}

void EvidenceEditor::chooseEvents()
{
    const Evidence *e = current();
    if (!e)
        return;
    const Incident &incident = m_document->incident();
    const TimeFormatter times(TimeDisplay::IncidentZone, QTimeZone(incident.zone.toUtf8()), incident.started);
    QVector<CheckListPopup::Entry> entries;
    for (const TimelineEvent &ev : m_document->events())
        entries.append(
            { ev.id.value, QStringLiteral("%1 · %2").arg(times.format(ev.time), elided(ev.text, 90)) });
    auto *popup = new CheckListPopup(tr("Events this evidence supports"), entries, toValues(e->events), this);
    const EvidenceId id = m_id;
    connect(popup, &CheckListPopup::chosen, this, [this, id](const QVector<quint64> &ids) {
        if (id == m_id)
            setEvents(toIds<EventId>(ids));
    });
    popup->popup(QRect(m_chooseEvents->mapToGlobal(QPoint(0, 0)), m_chooseEvents->size()));
}

void EvidenceEditor::chooseNodes()
{
    const Evidence *e = current();
    if (!e)
        return;
    QVector<CheckListPopup::Entry> entries;
    for (const CausalNode &n : m_document->nodes())
        entries.append({ n.id.value, QStringLiteral("%1 · %2").arg(label(n.type), elided(n.label, 90)) });
    auto *popup =
        new CheckListPopup(tr("Causal nodes this evidence supports"), entries, toValues(e->nodes), this);
    const EvidenceId id = m_id;
    connect(popup, &CheckListPopup::chosen, this, [this, id](const QVector<quint64> &ids) {
        if (id == m_id)
            setNodes(toIds<NodeId>(ids));
    });
    popup->popup(QRect(m_chooseNodes->mapToGlobal(QPoint(0, 0)), m_chooseNodes->size()));
}

bool EvidenceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_code->viewport()) {
        // Files dropped on the content are new evidence (the panel takes them), not their paths
        // typed into this item.
        const auto type = event->type();
        if (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->mimeData() && drop->mimeData()->hasUrls()) {
                drop->ignore();
                return true;
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_code) {
        if (event->type() == QEvent::FocusOut) {
            m_document->sealEdits(); // one visit of the field is one undo step
        } else if (event->type() == QEvent::ShortcutOverride) {
            // Undo and redo belong to the document: let the window's actions have the shortcuts.
            auto *key = static_cast<QKeyEvent *>(event);
            if (key == QKeySequence::Undo || key == QKeySequence::Redo) {
                m_document->sealEdits();
                event->ignore();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace causeway
