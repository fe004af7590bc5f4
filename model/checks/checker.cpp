// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"

#include "document.h"

namespace causeway {

Checker::Checker(const Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // For queued connections and QSignalSpy (Qt 5 needs them registered by name).
    qRegisterMetaType<Finding>("causeway::Finding");
    qRegisterMetaType<FindingPlace>("causeway::FindingPlace");
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &Checker::refresh);

    // Every change can change a finding; the timer folds a burst of them into one run.
    const Document *d = document;
    connect(d, &Document::incidentChanged, this, &Checker::schedule);
    connect(d, &Document::sectionChanged, this, &Checker::schedule);
    connect(d, &Document::acknowledgementsChanged, this, &Checker::schedule);
    connect(d, &Document::personAdded, this, &Checker::schedule);
    connect(d, &Document::personRemoved, this, &Checker::schedule);
    connect(d, &Document::personChanged, this, &Checker::schedule);
    connect(d, &Document::eventAdded, this, &Checker::schedule);
    connect(d, &Document::eventRemoved, this, &Checker::schedule);
    connect(d, &Document::eventsAppended, this, &Checker::schedule);
    connect(d, &Document::eventsTruncated, this, &Checker::schedule);
    connect(d, &Document::eventChanged, this, [this](EventId, TimelineEvent::Fields fields) {
        // Only the flags of events matter to the checks (event text is not checked).
        if (fields.testFlag(TimelineEvent::Field::Flags))
            schedule();
    });
    connect(d, &Document::nodeAdded, this, &Checker::schedule);
    connect(d, &Document::nodeRemoved, this, &Checker::schedule);
    connect(d, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        const CausalNode::Fields layoutOnly = CausalNode::Field::Position | CausalNode::Field::Pinned;
        if (fields & ~layoutOnly) // moving a node changes no finding
            schedule();
    });
    connect(d, &Document::linkAdded, this, &Checker::schedule);
    connect(d, &Document::linkRemoved, this, &Checker::schedule);
    connect(d, &Document::linkChanged, this, &Checker::schedule);
    connect(d, &Document::answerAdded, this, &Checker::schedule);
    connect(d, &Document::answerRemoved, this, &Checker::schedule);
    connect(d, &Document::answerChanged, this, &Checker::schedule);
    connect(d, &Document::actionAdded, this, &Checker::schedule);
    connect(d, &Document::actionRemoved, this, &Checker::schedule);
    connect(d, &Document::actionChanged, this, &Checker::schedule);
    connect(d, &Document::lessonAdded, this, &Checker::schedule);
    connect(d, &Document::lessonRemoved, this, &Checker::schedule);
    connect(d, &Document::lessonChanged, this, &Checker::schedule);
    refresh();
}

void Checker::schedule()
{
    m_timer.start();
}

void Checker::setOptions(const CheckOptions &options)
{
    m_options = options;
    refresh();
}

void Checker::refresh()
{
    m_timer.stop();
    Findings findings = runChecks(*m_document, m_options);
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    m_byEntity.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        m_byEntity[m_findings.at(i).place.entity].append(i);
    Q_EMIT findingsChanged();
}

Findings Checker::findingsFor(const EntityRef &entity, const QString &field) const
{
    Findings result;
    for (int i : m_byEntity.value(entity)) {
        if (field.isEmpty() || m_findings.at(i).place.field == field)
            result.append(m_findings.at(i));
    }
    return result;
}

int Checker::openCount(FindingSeverity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
        [&](const Finding &f) { return !f.acknowledged && f.severity == severity; }));
}

std::optional<FindingSeverity> Checker::worstOpenAt(const EntityRef &entity) const
{
    std::optional<FindingSeverity> worst;
    for (int i : m_byEntity.value(entity)) {
        const Finding &f = m_findings.at(i);
        if (!f.acknowledged && (!worst || int(f.severity) > int(*worst)))
            worst = f.severity;
    }
    return worst;
}

} // namespace causeway
