// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"

#include <QObject>
#include <QSet>

class QThread;

namespace causeway {

/**
 * Runs computeLayout() on a worker thread, so that a large diagram does not freeze the window.
 *
 * Use from the UI thread:
 * \code
 *   auto *runner = new LayoutRunner(this);
 *   connect(runner, &LayoutRunner::finished, this, [doc](const LayoutResult &r, LayoutMode mode) {
 *       if (!r.ok()) { show r.error; return; }
 *       applyLayout(*doc, r, mode);   // one undo step
 *   });
 *   runner->start(layoutInput(*doc), LayoutMode::AllFreeNodes);
 *   ...
 *   runner->cancel();                 // e.g. from a "Cancel" button or Esc
 * \endcode
 *
 * Cancelling: Graphviz cannot be interrupted once dot runs. cancel() therefore only abandons the
 * run: cancelled() is emitted at once, finished() will not be, and the worker finishes in the
 * background and its result is thrown away. Starting a new run abandons the current one the
 * same way; since Graphviz runs one layout at a time, the new run starts computing when the old
 * one is done. Destroying the runner waits for a worker that is still computing.
 */
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    /// Starts laying out \a input (a copy: the document may change meanwhile) in \a mode.
    void start(const LayoutInput &input, LayoutMode mode);
    /// Abandons the current run, if any; emits cancelled().
    void cancel();
    /// A run was started and neither finished nor was cancelled.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The current run is done (also when it failed: see LayoutResult::error).
    void finished(const causeway::LayoutResult &result, causeway::LayoutMode mode);
    /// The current run was abandoned by cancel() or by a new start().
    void cancelled();
    void runningChanged(bool running);

private:
    void setRunning(bool running);

    QSet<QThread *> m_workers; // still computing, including abandoned ones
    quint64 m_generation = 0; // the run whose result is wanted
    bool m_running = false;
};

} // namespace causeway
