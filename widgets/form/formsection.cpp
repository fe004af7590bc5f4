// SPDX-License-Identifier: GPL-3.0-or-later
#include "formsection.h"

#include "actions/actionspanel.h"
#include "document.h"
#include "engineeranswerseditor.h"
#include "formstyle.h"
#include "lessonseditor.h"
#include "nodelisteditor.h"
#include "proseedit.h"
#include "whyssummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace causeway {

FormSection::FormSection(
    Document *document, const QString &key, const SectionDefinition *definition, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_definition(definition)
    , m_title(new QLabel(this))
    , m_outsideTag(new QLabel(tr("Not in this template"), this))
{
    setObjectName(QStringLiteral("formSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 18);
    layout->setSpacing(6);

    auto *heading = new QHBoxLayout;
    formstyle::makeTitle(m_title);
    m_title->setText(title());
    heading->addWidget(m_title, 1);
    formstyle::setBadge(m_outsideTag, m_outsideTag->text(), QColor(0x5f, 0x63, 0x68));
    m_outsideTag->hide();
    heading->addWidget(m_outsideTag, 0, Qt::AlignTop);
    layout->addLayout(heading);
    if (definition && !definition->guidance().isEmpty()) {
        auto *guidance = new QLabel(definition->guidance(), this);
        formstyle::makeMuted(guidance);
        layout->addWidget(guidance);
    }

    if (!definition || definition->hasProse) {
        m_prose = new ProseEdit(
            document, QStringLiteral("section/") + key, [document, key] { return document->section(key); },
            [document, key](const QString &text) { document->setSection(key, text); }, this);
        m_prose->setAccessibleName(title());
        m_prose->setPlaceholderText(
            tr("Write in Markdown: **bold**, *italic*, lists with -, links with Ctrl+K"));
        m_prose->setMinimumLines(definition && definition->kind != SectionKind::Prose ? 2 : 4);
        connect(document, &Document::sectionChanged, m_prose, [this, key](const QString &changed) {
            if (changed == key)
                m_prose->refresh();
        });
        layout->addWidget(m_prose);
    }

    const SectionKind kind = definition ? definition->kind : SectionKind::Prose;
    switch (kind) {
    case SectionKind::Prose:
        break;
    case SectionKind::Nodes:
        m_nodes = new NodeListEditor(document, definition->nodeTypes, this);
        connect(m_nodes, &NodeListEditor::proseEditorAdded, this, &FormSection::proseEditorAdded);
        layout->addWidget(m_nodes);
        break;
    case SectionKind::FiveWhys:
        m_fiveWhys = new WhysSummary(document, this);
        layout->addWidget(m_fiveWhys);
        break;
    case SectionKind::DifferentEngineer:
        m_answers = new EngineerAnswersEditor(document, this);
        connect(m_answers, &EngineerAnswersEditor::proseEditorAdded, this, &FormSection::proseEditorAdded);
        layout->addWidget(m_answers);
        break;
    case SectionKind::Actions:
        m_actions = new ActionsPanel(document, this);
        m_actions->setMinimumHeight(440);
        layout->addWidget(m_actions);
        break;
    case SectionKind::Lessons:
        m_lessons = new LessonsEditor(document, this);
        connect(m_lessons, &LessonsEditor::proseEditorAdded, this, &FormSection::proseEditorAdded);
        // The lists first: the prose is for anything that does not fit them.
        layout->insertWidget(layout->indexOf(m_prose), m_lessons);
        break;
    }
}

QString FormSection::title() const
{
    return m_definition ? m_definition->title() : m_key;
}

QString FormSection::outlineTitle() const
{
    return m_definition ? m_definition->outlineTitle() : m_key;
}

QList<ProseEdit *> FormSection::proseEditors() const
{
    QList<ProseEdit *> editors;
    if (m_prose)
        editors << m_prose;
    if (m_nodes)
        editors << m_nodes->proseEditors();
    if (m_answers)
        editors << m_answers->proseEditors();
    if (m_lessons)
        editors << m_lessons->proseEditors();
    return editors;
}

void FormSection::setOutsideTemplate(bool outside)
{
    m_outsideTag->setVisible(outside);
}

} // namespace causeway
