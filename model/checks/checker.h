// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace causeway {

class Document;

/**
 * Keeps the findings of one document current: every change of the document restarts a short
 * timer (300 ms by default), and when typing pauses all checks run again. A full run reads only
 * the prose fields (see proseFields()) and makes one pass over the timeline's flags, so it stays
 * in the low milliseconds also at 100,000 events (docs/benchmarks.md).
 *
 * This is the API for views that mark findings inline: findingsFor() gives the findings of one
 * thing of the document (a node's badge, an action row's mark), or of one of its fields (the
 * ranges to underline in a prose editor).
 */
class Checker : public QObject
{
    Q_OBJECT
public:
    explicit Checker(const Document *document, QObject *parent = nullptr);

    const Document *document() const { return m_document; }
    /// All findings, most severe first; acknowledged ones included and marked.
    const Findings &findings() const { return m_findings; }
    /// The findings at \a entity (every field), or at one \a field of it when \a field is set.
    Findings findingsFor(const EntityRef &entity, const QString &field = QString()) const;
    /// Open (not acknowledged) findings of \a severity.
    int openCount(FindingSeverity severity) const;
    /// The most severe open finding's severity at \a entity, or nothing: for badges.
    std::optional<FindingSeverity> worstOpenAt(const EntityRef &entity) const;

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }
    void setOptions(const CheckOptions &options);
    /// Runs the checks now (and cancels a pending run).
    void refresh();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// The findings changed (not emitted when a run finds exactly the same).
    void findingsChanged();

private:
    void schedule();

    const Document *m_document;
    CheckOptions m_options;
    QTimer m_timer;
    Findings m_findings;
    QHash<EntityRef, QVector<int>> m_byEntity; // indices into m_findings
};

} // namespace causeway
