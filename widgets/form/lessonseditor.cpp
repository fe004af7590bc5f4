// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonseditor.h"

#include "document.h"
#include "formstyle.h"
#include "labels.h"
#include "proseedit.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

namespace {
const LessonCategory Categories[] = { LessonCategory::WentWell, LessonCategory::WentWrong,
    LessonCategory::Lucky };
const QColor CategoryColors[] = { QColor(0x2e, 0x7d, 0x32), QColor(0xb0, 0x1c, 0x1c),
    QColor(0x9a, 0x67, 0x00) };
} // namespace

LessonsEditor::LessonsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(12);
    for (int i = 0; i < 3; ++i) {
        const LessonCategory category = Categories[i];
        auto *column = new QVBoxLayout;
        auto *heading = new QLabel(label(category), this);
        theme::followPalette(heading, [heading, i] {
            heading->setStyleSheet(
                QStringLiteral("QLabel { font-weight: 600; color: %1; border-bottom: 2px solid %1; "
                               "padding-bottom: 2px; }")
                    .arg(formstyle::textColor(CategoryColors[i])));
        });
        column->addWidget(heading);
        m_lists[i] = new QVBoxLayout;
        m_lists[i]->setSpacing(4);
        column->addLayout(m_lists[i]);
        auto *add = new QToolButton(this);
        add->setText(tr("+ Add"));
        add->setAutoRaise(true);
        add->setToolTip(tr("Add a lesson: %1").arg(labelInSentence(label(category), LabelWord::Other)));
        connect(add, &QToolButton::clicked, this, [this, category] { addLesson(category); });
        column->addWidget(add, 0, Qt::AlignLeft);
        column->addStretch();
        columns->addLayout(column, 1);
    }
    for (const Lesson &l : document->lessons())
        insertRow(l.id);
    connect(document, &Document::lessonAdded, this, &LessonsEditor::insertRow);
    connect(document, &Document::lessonAboutToBeRemoved, this, &LessonsEditor::removeRow);
    connect(document, &Document::lessonChanged, this, [this](LessonId id, Lesson::Fields fields) {
        if (fields & Lesson::Field::Category) {
            removeRow(id);
            insertRow(id);
        } else if (ProseEdit *editor = editorFor(id)) {
            editor->refresh();
        }
    });
}

QList<ProseEdit *> LessonsEditor::proseEditors() const
{
    QList<ProseEdit *> editors;
    for (const Row &row : m_rows)
        editors << row.editor;
    return editors;
}

void LessonsEditor::insertRow(LessonId id)
{
    const Lesson *lesson = m_document->lesson(id);
    if (!lesson || m_rows.contains(id))
        return;
    Row row;
    row.category = lesson->category;
    row.widget = new QWidget(this);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    Document *doc = m_document;
    row.editor = new ProseEdit(
        doc, QStringLiteral("lesson/%1/text").arg(id.value),
        [doc, id] {
            const Lesson *l = doc->lesson(id);
            return l ? l->text : QString();
        },
        [doc, id](const QString &text) {
            if (const Lesson *l = doc->lesson(id)) {
                Lesson c = *l;
                c.text = text;
                doc->change(c);
            }
        },
        row.widget);
    row.editor->setMinimumLines(2);
    row.editor->setAccessibleName(label(lesson->category));
    layout->addWidget(row.editor, 1);
    auto *remove = new QToolButton(row.widget);
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Delete this lesson"));
    connect(remove, &QToolButton::clicked, this, [doc, id] { doc->removeLessons({ id }); });
    layout->addWidget(remove, 0, Qt::AlignTop);

    // Keep document order within the category.
    int index = 0;
    for (const Lesson &l : m_document->lessons()) {
        if (l.id == id)
            break;
        if (l.category == lesson->category && m_rows.contains(l.id))
            ++index;
    }
    m_lists[int(lesson->category)]->insertWidget(index, row.widget);
    m_rows.insert(id, row);
    Q_EMIT proseEditorAdded(row.editor);
}

void LessonsEditor::removeRow(LessonId id)
{
    const Row row = m_rows.take(id);
    if (row.widget) {
        row.widget->hide();
        row.widget->deleteLater();
    }
}

LessonId LessonsEditor::addLesson(LessonCategory category)
{
    Lesson lesson;
    lesson.category = category;
    m_document->sealEdits();
    const LessonId id = m_document->add(lesson);
    if (ProseEdit *editor = editorFor(id))
        editor->setFocus(Qt::OtherFocusReason);
    return id;
}

} // namespace causeway
