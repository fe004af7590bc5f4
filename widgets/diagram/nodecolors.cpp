// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodecolors.h"

#include <QCoreApplication>

namespace causeway {

QColor nodeTypeColor(NodeType type)
{
    switch (type) {
    case NodeType::Outcome:
        return QColor(0xc0, 0x39, 0x2b);
    case NodeType::Trigger:
        return QColor(0xe0, 0x8a, 0x1e);
    case NodeType::Condition:
        return QColor(0x2f, 0x7e, 0xd8);
    case NodeType::Defence:
        return QColor(0x1f, 0x9e, 0x89);
    case NodeType::WarningSign:
        return QColor(0xf2, 0xb7, 0x05);
    case NodeType::Unknown:
        return QColor(0x8e, 0x98, 0xa3);
    }
    return QColor(Qt::gray);
}

QColor defenceStateColor(DefenceState state)
{
    switch (state) {
    case DefenceState::Absent:
        return QColor(0xc0, 0x39, 0x2b);
    case DefenceState::Degraded:
        return QColor(0xd6, 0x89, 0x10);
    case DefenceState::Misaligned:
        return QColor(0x7d, 0x3c, 0x98);
    case DefenceState::Held:
        return QColor(0x1e, 0x84, 0x49);
    }
    return QColor(Qt::gray);
}

QString defenceStateExplanation(DefenceState state)
{
    switch (state) {
    case DefenceState::Absent:
        return QCoreApplication::translate(
            "Defences", "Absent: the barrier did not exist, a hole right through.");
    case DefenceState::Degraded:
        return QCoreApplication::translate(
            "Defences", "Degraded: the barrier existed but was weakened, too thin to stop it in time.");
    case DefenceState::Misaligned:
        return QCoreApplication::translate(
            "Defences", "Misaligned: the barrier worked, but guarded against a different risk.");
    case DefenceState::Held:
        return QCoreApplication::translate(
            "Defences", "Held: the barrier worked and stopped or limited the harm.");
    }
    return {};
}

} // namespace causeway
