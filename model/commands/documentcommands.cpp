// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands.h"

#include <QCoreApplication>

namespace causeway {

ChangeIncidentCommand::ChangeIncidentCommand(Document *doc, const Incident &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Edit Incident"), parent)
    , m_doc(doc)
    , m_before(doc->incident())
    , m_after(after)
    , m_fields(Incident::diff(m_before, after))
    , m_generation(doc->sealGeneration())
{ }

void ChangeIncidentCommand::redo()
{
    m_doc->setIncidentRaw(m_after);
}

void ChangeIncidentCommand::undo()
{
    m_doc->setIncidentRaw(m_before);
}

bool ChangeIncidentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeIncidentCommand *>(other);
    if (o->m_fields != m_fields || o->m_generation != m_generation)
        return false;
    m_after = o->m_after;
    setObsolete(!Incident::diff(m_before, m_after));
    return true;
}

SetSectionCommand::SetSectionCommand(
    Document *doc, const QString &key, const QString &text, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Edit Section"), parent)
    , m_doc(doc)
    , m_key(key)
    , m_before(doc->section(key))
    , m_after(text)
    , m_generation(doc->sealGeneration())
{ }

void SetSectionCommand::redo()
{
    m_doc->setSectionRaw(m_key, m_after);
}

void SetSectionCommand::undo()
{
    m_doc->setSectionRaw(m_key, m_before);
}

bool SetSectionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetSectionCommand *>(other);
    if (o->m_key != m_key || o->m_generation != m_generation)
        return false;
    m_after = o->m_after;
    setObsolete(m_before == m_after);
    return true;
}

SetTemplateCommand::SetTemplateCommand(Document *doc, TemplateId id, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change Template"), parent)
    , m_doc(doc)
    , m_before(doc->templateId())
    , m_after(id)
{ }

void SetTemplateCommand::redo()
{
    m_doc->setTemplateRaw(m_after);
}

void SetTemplateCommand::undo()
{
    m_doc->setTemplateRaw(m_before);
}

} // namespace causeway
