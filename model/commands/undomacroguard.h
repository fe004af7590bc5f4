// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoStack>

namespace causeway {

/// Groups every command pushed during its lifetime into one undo step.
class UndoMacroGuard
{
public:
    UndoMacroGuard(QUndoStack *stack, const QString &text)
        : m_stack(stack)
    {
        m_stack->beginMacro(text);
    }
    ~UndoMacroGuard() { m_stack->endMacro(); }
    UndoMacroGuard(const UndoMacroGuard &) = delete;
    UndoMacroGuard &operator=(const UndoMacroGuard &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace causeway
