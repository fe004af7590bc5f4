// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandids.h"
#include "document.h"

#include <QUndoCommand>

namespace causeway {

/// Changes the incident's metadata; merges like ChangeEntityCommand.
class ChangeIncidentCommand : public QUndoCommand
{
public:
    ChangeIncidentCommand(Document *doc, const Incident &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return CmdChangeIncident; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    Incident m_before;
    Incident m_after;
    Incident::Fields m_fields;
    int m_generation;
};

/// Sets the prose of one form section; typing in it merges into one step per visit.
class SetSectionCommand : public QUndoCommand
{
public:
    SetSectionCommand(Document *doc, const QString &key, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return CmdSetSection; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    QString m_key;
    QString m_before;
    QString m_after;
    int m_generation;
};

/// Chooses the form template. Switching never deletes any section's text.
class SetTemplateCommand : public QUndoCommand
{
public:
    SetTemplateCommand(Document *doc, TemplateId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    TemplateId m_before;
    TemplateId m_after;
};

} // namespace causeway
