// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acknowledgement.h"
#include "entities.h"

#include <QMap>

namespace causeway {

/**
 * Everything a document holds, as plain values: what the reader produces and what a new
 * Document starts from. Once handed to a Document it is moved in, so no second copy lives on.
 */
struct DocumentContent
{
    TemplateId templateId = TemplateId::Default;
    Incident incident;
    QVector<Person> people;
    QVector<TimelineEvent> events;
    QVector<CausalNode> nodes;
    QVector<CausalLink> links;
    QVector<DifferentEngineerAnswer> answers;
    QVector<CorrectiveAction> actions;
    QVector<Lesson> lessons;
    QVector<Evidence> evidence;
    QMap<QString, QString> sections;
    QVector<Acknowledgement> acknowledgements;
};

} // namespace causeway
