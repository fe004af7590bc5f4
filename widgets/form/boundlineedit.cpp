// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundlineedit.h"

#include "document.h"

#include <QKeyEvent>

namespace causeway {

BoundLineEdit::BoundLineEdit(
    Document *document, const QString &fieldKey, Reader read, Writer write, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
    , m_fieldKey(fieldKey)
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    setText(m_read());
    setCursorPosition(0);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_updating = true;
        m_write(text);
        m_updating = false;
    });
    connect(this, &QLineEdit::editingFinished, m_document, &Document::sealEdits);
}

void BoundLineEdit::refresh()
{
    if (m_updating)
        return;
    const QString wanted = m_read();
    if (wanted == text())
        return;
    m_document->sealEdits();
    const int cursor = cursorPosition();
    setText(wanted);
    setCursorPosition(qMin(cursor, wanted.size()));
}

void BoundLineEdit::focusOutEvent(QFocusEvent *event)
{
    m_document->sealEdits();
    QLineEdit::focusOutEvent(event);
}

bool BoundLineEdit::event(QEvent *event)
{
    // Undo and redo belong to the document, not to the line edit's own history.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Undo || key == QKeySequence::Redo) {
            m_document->sealEdits();
            event->ignore();
            return false;
        }
    }
    return QLineEdit::event(event);
}

} // namespace causeway
