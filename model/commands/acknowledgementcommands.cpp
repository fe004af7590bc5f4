// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgementcommands.h"

#include <QCoreApplication>

namespace causeway {

SetAcknowledgementCommand::SetAcknowledgementCommand(Document *doc, const QString &checkId,
    const EntityRef &entity, const QString &field, std::optional<Acknowledgement> after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_checkId(checkId)
    , m_entity(entity)
    , m_field(field)
    , m_after(std::move(after))
{
    m_index = doc->indexOfAcknowledgement(checkId, entity, field);
    if (m_index >= 0)
        m_before = doc->acknowledgements().at(m_index);
    else
        m_index = int(doc->acknowledgements().size());
    const char *text = !m_after ? QT_TRANSLATE_NOOP("Undo Commands", "Reopen Finding")
                                : (m_before ? QT_TRANSLATE_NOOP("Undo Commands", "Change Acknowledgement")
                                            : QT_TRANSLATE_NOOP("Undo Commands", "Acknowledge Finding"));
    setText(QCoreApplication::translate("Undo Commands", text));
}

void SetAcknowledgementCommand::redo()
{
    apply(m_before, m_after);
}

void SetAcknowledgementCommand::undo()
{
    apply(m_after, m_before);
}

void SetAcknowledgementCommand::apply(
    const std::optional<Acknowledgement> &from, const std::optional<Acknowledgement> &to)
{
    if (from && to)
        m_doc->replaceAcknowledgementRaw(m_index, *to);
    else if (from)
        m_doc->takeAcknowledgementRaw(m_index);
    else if (to)
        m_doc->insertAcknowledgementRaw(m_index, *to);
}

} // namespace causeway
