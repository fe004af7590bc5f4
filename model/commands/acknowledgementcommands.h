// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QUndoCommand>

#include <optional>

namespace causeway {

/**
 * Acknowledges a finding (with a reason), changes the reason, or removes the acknowledgement
 * when \a after is empty. Holds the acknowledgement's key, never a pointer; undo puts back what
 * was there, at the same place in the list, so a file saved after undo is the file from before.
 */
class SetAcknowledgementCommand : public QUndoCommand
{
public:
    SetAcknowledgementCommand(Document *doc, const QString &checkId, const EntityRef &entity,
        const QString &field, std::optional<Acknowledgement> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Acknowledgement> &from, const std::optional<Acknowledgement> &to);

    Document *m_doc;
    QString m_checkId;
    EntityRef m_entity;
    QString m_field;
    std::optional<Acknowledgement> m_before;
    std::optional<Acknowledgement> m_after;
    int m_index = -1; // where the acknowledgement is (or was) in the document's list
};

} // namespace causeway
