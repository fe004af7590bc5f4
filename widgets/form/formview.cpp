// SPDX-License-Identifier: GPL-3.0-or-later
#include "formview.h"

#include "actions/actionspanel.h"
#include "document.h"
#include "form/templates.h"
#include "formcard.h"
#include "formsection.h"
#include "formstyle.h"
#include "highlighting/prosehighlighter.h"
#include "incidenteditor.h"
#include "labels.h"
#include "proseedit.h"
#include "selection/selectionhub.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

namespace {
const QString IncidentKey = QStringLiteral("incident");
constexpr int PageMaxWidth = 1600;

/**
 * The thing and field a prose editor's key names, as the checks name them: "section/summary",
 * "node/3/description", "answer/7/explanation", "lesson/2/text", "incident/impact.description".
 * An answer not given yet ("answer/new/...") has no entity so far; its place comes with the key.
 */
FindingPlace placeOfField(const QString &key)
{
    FindingPlace place;
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 2 && parts.first() == QLatin1String("section")) {
        place.entity = EntityRef::section(parts.at(1));
        place.field = QStringLiteral("text");
    } else if (parts.size() == 2 && parts.first() == QLatin1String("incident")) {
        place.entity = EntityRef::incident();
        place.field = parts.at(1);
    } else if (parts.size() == 3) {
        static const QHash<QString, EntityKind> kinds = {
            { QStringLiteral("node"), EntityKind::Node },
            { QStringLiteral("link"), EntityKind::Link },
            { QStringLiteral("answer"), EntityKind::Answer },
            { QStringLiteral("action"), EntityKind::Action },
            { QStringLiteral("lesson"), EntityKind::Lesson },
        };
        place.entity.kind = kinds.value(parts.first(), EntityKind::Document);
        place.entity.id = parts.at(1).toULongLong();
        place.field = parts.at(2);
    }
    return place;
}
} // namespace

FormView::FormView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_template(new QComboBox(this))
    , m_hiddenNote(new QLabel(this))
    , m_outline(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_page(new QWidget)
    , m_column(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 8);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    for (TemplateId id : allTemplates())
        m_template->addItem(templateName(id), int(id));
    m_template->setToolTip(
        tr("Which sections the form shows, and in which order. Switching never deletes text."));
    connect(m_template, QOverload<int>::of(&QComboBox::activated), this,
        [this](int index) { m_document->setTemplate(TemplateId(m_template->itemData(index).toInt())); });
    bar->addWidget(templateLabel);
    bar->addWidget(m_template);
    bar->addSpacing(16);
    m_hiddenNote->setTextFormat(Qt::RichText);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenSectionsNote"));
    connect(m_hiddenNote, &QLabel::linkActivated, this, [this] { setShowHiddenSections(!m_showHidden); });
    bar->addWidget(m_hiddenNote, 1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_outline->setAccessibleName(tr("Form sections"));
    m_outline->setFrameShape(QFrame::NoFrame);
    m_outline->setSpacing(1);
    m_outline->setMinimumWidth(160);
    m_outline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outline->setTextElideMode(Qt::ElideRight);
    connect(m_outline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_order.size() && !m_scrolling)
            showSection(m_order.at(row));
    });
    splitter->addWidget(m_outline);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_page->setObjectName(QStringLiteral("formPage"));
    auto *pageLayout = new QHBoxLayout(m_page);
    pageLayout->setContentsMargins(24, 8, 24, 24);
    auto *columnHolder = new QWidget(m_page);
    columnHolder->setMaximumWidth(PageMaxWidth);
    columnHolder->setLayout(m_column);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(0);
    pageLayout->addWidget(columnHolder, 1);
    m_scroll->setWidget(m_page);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 1000 });
    layout->addWidget(splitter, 1);
    connect(
        m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &FormView::updateCurrentFromScroll);

    // The incident comes first in every template.
    m_incidentSection = new QWidget(columnHolder);
    auto *incidentLayout = new QVBoxLayout(m_incidentSection);
    incidentLayout->setContentsMargins(0, 12, 0, 18);
    auto *incidentTitle = new QLabel(tr("Incident"), m_incidentSection);
    formstyle::makeTitle(incidentTitle);
    incidentLayout->addWidget(incidentTitle);
    m_incident = new IncidentEditor(document, m_incidentSection);
    incidentLayout->addWidget(m_incident);
    m_column->addWidget(m_incidentSection);
    m_column->addStretch(1);

    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &FormView::nextSection);
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &FormView::previousSection);

    // Every prose editor is decorated, those of sections made later (arrange()) included.
    connect(this, &FormView::proseEditorAdded, this, &FormView::decorateProse);
    decorateProse(m_incident->impactDescriptionEdit());
    m_focusConnection = connect(
        qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });

    arrange();
    connect(document, &Document::templateChanged, this, &FormView::arrange);
    // Whether hidden sections hold text changes with what they hold.
    connect(document, &Document::sectionChanged, this, [this](const QString &key) {
        if (!m_sections.contains(key) && !m_document->section(key).isEmpty())
            arrange();
        else
            updateHiddenNote();
    });
    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &FormView::updateHiddenNote);
    for (auto signal : { &Document::lessonAdded, &Document::lessonRemoved })
        connect(document, signal, this, &FormView::updateHiddenNote);
}

FormView::~FormView()
{
    // Focus moves while the base class tears the children down, when this is a FormView no more.
    disconnect(m_focusConnection);
}

FormSection *FormView::ensureSection(const QString &key)
{
    if (FormSection *existing = m_sections.value(key))
        return existing;
    auto *section =
        new FormSection(m_document, key, sectionDefinition(key), m_incidentSection->parentWidget());
    connect(section, &FormSection::proseEditorAdded, this, &FormView::proseEditorAdded);
    m_sections.insert(key, section);
    for (ProseEdit *editor : section->proseEditors())
        Q_EMIT proseEditorAdded(editor);
    return section;
}

void FormView::arrange()
{
    const TemplateId id = m_document->templateId();
    {
        QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(int(id)));
    }
    m_hiddenWithText = hiddenSectionsWithContent(*m_document, id);
    const QStringList shown = templateSectionKeys(id);
    QStringList order = shown;
    if (m_showHidden)
        order << m_hiddenWithText;

    // Take every section out and put the shown ones back in order.
    for (FormSection *section : qAsConst(m_sections)) {
        m_column->removeWidget(section);
        section->hide();
    }
    int position = 1; // after the incident
    for (const QString &key : qAsConst(order)) {
        FormSection *section = ensureSection(key);
        section->setOutsideTemplate(!shown.contains(key));
        m_column->insertWidget(position++, section);
        section->show();
    }
    m_order = QStringList { IncidentKey } + order;

    QSignalBlocker blocker(m_outline);
    m_outline->clear();
    m_outline->addItem(tr("Incident"));
    for (const QString &key : qAsConst(order)) {
        auto *item = new QListWidgetItem(m_sections.value(key)->outlineTitle(), m_outline);
        item->setToolTip(m_sections.value(key)->title());
        if (!shown.contains(key)) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
    m_outline->setCurrentRow(0);
    updateHiddenNote();
    followSelection(nullptr); // cards of sections just made show the selection too
}

void FormView::updateHiddenNote()
{
    const QStringList hidden = hiddenSectionsWithContent(*m_document, m_document->templateId());
    if (hidden != m_hiddenWithText && !m_showHidden)
        m_hiddenWithText = hidden;
    if (m_hiddenWithText.isEmpty()) {
        m_hiddenNote->clear();
        return;
    }
    QStringList titles;
    for (const QString &key : qAsConst(m_hiddenWithText)) {
        const SectionDefinition *d = sectionDefinition(key);
        titles << (d ? d->title() : key);
    }
    const QString count = countLabel(
        m_hiddenWithText.size(), tr("1 hidden section holds text"), tr("%1 hidden sections hold text"));
    const QString link = m_showHidden ? tr("Hide them") : tr("Show them");
    m_hiddenNote->setText(QStringLiteral("<span style='color:%4'>%1 (%2).</span> <a href='toggle'>%3</a>")
                              .arg(count, titles.join(QStringLiteral(", ")).toHtmlEscaped(), link,
                                  formstyle::textColor(QColor(0x9a, 0x67, 0x00))));
    m_hiddenNote->setToolTip(tr("This template does not show these sections; their text is kept and exported "
                                "with templates that show them."));
}

void FormView::setShowHiddenSections(bool show)
{
    if (m_showHidden == show)
        return;
    m_showHidden = show;
    arrange();
    if (show && !m_hiddenWithText.isEmpty())
        showSection(m_hiddenWithText.first());
}

QStringList FormView::visibleSectionKeys() const
{
    return m_order.mid(1);
}

ActionsPanel *FormView::actionsPanel() const
{
    FormSection *section = m_sections.value(QStringLiteral("actions"));
    return section ? section->actionsPanel() : nullptr;
}

QList<ProseEdit *> FormView::proseEditors() const
{
    QList<ProseEdit *> editors { m_incident->impactDescriptionEdit() };
    for (const QString &key : m_order) {
        if (FormSection *section = m_sections.value(key))
            editors << section->proseEditors();
    }
    return editors;
}

QWidget *FormView::sectionWidget(const QString &key) const
{
    if (key == IncidentKey)
        return m_incidentSection;
    return m_sections.value(key);
}

void FormView::showSection(const QString &key)
{
    QWidget *widget = sectionWidget(key);
    if (!widget || !widget->isVisible())
        return;
    m_scrolling = true;
    m_scroll->verticalScrollBar()->setValue(widget->mapTo(m_page, QPoint(0, 0)).y());
    m_outline->setCurrentRow(m_order.indexOf(key));
    m_scrolling = false;
}

void FormView::nextSection()
{
    const int row = m_outline->currentRow();
    if (row + 1 < m_order.size())
        showSection(m_order.at(row + 1));
}

void FormView::previousSection()
{
    const int row = m_outline->currentRow();
    if (row > 0)
        showSection(m_order.at(row - 1));
}

void FormView::setSelectionHub(SelectionHub *hub)
{
    if (m_hub)
        m_hub->disconnect(this);
    m_hub = hub;
    if (hub)
        connect(hub, &SelectionHub::changed, this, &FormView::followSelection);
    followSelection(nullptr);
}

SelectionHub *FormView::selectionHub() const
{
    return m_hub;
}

QList<FormCard *> FormView::allCards() const
{
    QList<FormCard *> cards;
    for (FormCard *card : m_page->findChildren<FormCard *>()) {
        if (card->isVisibleTo(m_page))
            cards << card;
    }
    // In the order the form shows them, top to bottom.
    std::stable_sort(cards.begin(), cards.end(), [this](FormCard *a, FormCard *b) {
        return a->mapTo(m_page, QPoint(0, 0)).y() < b->mapTo(m_page, QPoint(0, 0)).y();
    });
    return cards;
}

QList<FormCard *> FormView::cardsFor(NodeId node) const
{
    QList<FormCard *> cards = allCards();
    cards.erase(
        std::remove_if(cards.begin(), cards.end(), [node](FormCard *c) { return c->nodeId() != node; }),
        cards.end());
    return cards;
}

void FormView::showCard(FormCard *card)
{
    if (!card)
        return;
    // Laid out first, so that a card of a section just shown has its real place.
    m_page->layout()->activate();
    m_scroll->ensureWidgetVisible(card, 0, 24);
}

void FormView::followSelection(QObject *origin)
{
    const QSet<NodeId> marked = m_hub ? m_hub->highlightedNodes() : QSet<NodeId>();
    FormCard *first = nullptr;
    for (FormCard *card : m_page->findChildren<FormCard *>())
        card->setSelectionMark(marked.contains(card->nodeId()));
    // Only a selection made in another view moves the page: the user is not working here.
    if (!m_hub || !origin || origin == this || marked.isEmpty())
        return;
    const QVector<NodeId> &selected = m_hub->selectedNodes();
    if (!selected.isEmpty()) {
        const QList<FormCard *> cards = cardsFor(selected.first());
        first = cards.isEmpty() ? nullptr : cards.first();
    }
    if (!first) {
        for (FormCard *card : allCards()) {
            if (marked.contains(card->nodeId())) {
                first = card;
                break;
            }
        }
    }
    showCard(first);
}

void FormView::onFocusChanged(QWidget *now)
{
    if (!m_hub || !now || !isAncestorOf(now))
        return;
    FormCard *card = formCardOf(now);
    if (!card || (m_hub->selectedNodes() == QVector<NodeId> { card->nodeId() } && m_hub->origin() == this))
        return;
    m_hub->selectNodes({ card->nodeId() }, this);
}

void FormView::decorateProse(ProseEdit *editor)
{
    // One highlighter per text: Markdown formats with the findings of the field underlined.
    const FindingPlace place = placeOfField(editor->fieldKey());
    auto *highlighter = new ProseHighlighter(m_document, place.entity, place.field, editor->textDocument());
    highlighter->installToolTips(editor);
    connect(editor, &ProseEdit::fieldKeyChanged, highlighter, [highlighter](const QString &key) {
        const FindingPlace p = placeOfField(key);
        highlighter->setPlace(p.entity, p.field);
    });
}

bool FormView::showPlace(const FindingPlace &place)
{
    for (ProseEdit *editor : proseEditors()) {
        const FindingPlace field = placeOfField(editor->fieldKey());
        if (field.entity != place.entity || field.field != place.field)
            continue;
        m_scroll->ensureWidgetVisible(editor, 0, 40);
        editor->setFocus(Qt::OtherFocusReason);
        if (place.hasRange()) {
            QTextCursor cursor(editor->textDocument());
            const int end = editor->textDocument()->characterCount() - 1;
            cursor.setPosition(qBound(0, place.start, end));
            cursor.setPosition(qBound(0, place.start + place.length, end), QTextCursor::KeepAnchor);
            editor->setTextCursor(cursor);
        }
        return true;
    }
    if (place.entity.kind == EntityKind::Section)
        showSection(place.entity.key);
    else if (place.entity.kind == EntityKind::Incident)
        showSection(QStringLiteral("incident"));
    return false;
}

void FormView::updateCurrentFromScroll()
{
    if (m_scrolling)
        return;
    // The current section is the last one whose top has scrolled past the upper quarter.
    const int y = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 4;
    int current = 0;
    for (int i = 0; i < m_order.size(); ++i) {
        QWidget *w = sectionWidget(m_order.at(i));
        if (w && w->isVisible() && w->mapTo(m_page, QPoint(0, 0)).y() <= y)
            current = i;
    }
    QSignalBlocker blocker(m_outline);
    m_outline->setCurrentRow(current);
}

} // namespace causeway
