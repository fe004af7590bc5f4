// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace causeway {

/// Merge ids of all commands that can merge (QUndoCommand::id()), in one place so none collide.
enum CommandId {
    CmdChangePerson = 1,
    CmdChangeEvent,
    CmdChangeNode,
    CmdChangeLink,
    CmdChangeAnswer,
    CmdChangeAction,
    CmdChangeLesson,
    CmdChangeEvidence,
    CmdChangeIncident,
    CmdSetSection,
};

} // namespace causeway
