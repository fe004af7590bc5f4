// SPDX-License-Identifier: GPL-3.0-or-later
// The document's acknowledgements of analysis findings: reading, the edits and the raw layer.
#include "commands/acknowledgementcommands.h"
#include "document.h"

namespace causeway {

int Document::indexOfAcknowledgement(
    const QString &checkId, const EntityRef &entity, const QString &field) const
{
    for (int i = 0; i < m_acknowledgements.size(); ++i) {
        if (m_acknowledgements.at(i).covers(checkId, entity, field))
            return i;
    }
    return -1;
}

const Acknowledgement *Document::acknowledgement(
    const QString &checkId, const EntityRef &entity, const QString &field) const
{
    const int i = indexOfAcknowledgement(checkId, entity, field);
    return i < 0 ? nullptr : &m_acknowledgements.at(i);
}

void Document::acknowledge(const Acknowledgement &acknowledgement)
{
    const Acknowledgement *current =
        this->acknowledgement(acknowledgement.checkId, acknowledgement.entity, acknowledgement.field);
    if (acknowledgement.checkId.isEmpty() || (current && *current == acknowledgement))
        return;
    m_undoStack->push(new SetAcknowledgementCommand(
        this, acknowledgement.checkId, acknowledgement.entity, acknowledgement.field, acknowledgement));
}

void Document::unacknowledge(const QString &checkId, const EntityRef &entity, const QString &field)
{
    if (!acknowledgement(checkId, entity, field))
        return;
    m_undoStack->push(new SetAcknowledgementCommand(this, checkId, entity, field, std::nullopt));
}

void Document::insertAcknowledgementRaw(int index, const Acknowledgement &acknowledgement)
{
    m_acknowledgements.insert(qBound(0, index, int(m_acknowledgements.size())), acknowledgement);
    Q_EMIT acknowledgementsChanged();
}

Acknowledgement Document::takeAcknowledgementRaw(int index)
{
    const Acknowledgement taken = m_acknowledgements.takeAt(index);
    Q_EMIT acknowledgementsChanged();
    return taken;
}

void Document::replaceAcknowledgementRaw(int index, const Acknowledgement &acknowledgement)
{
    m_acknowledgements.replace(index, acknowledgement);
    Q_EMIT acknowledgementsChanged();
}

} // namespace causeway
