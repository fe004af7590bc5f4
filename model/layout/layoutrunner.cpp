// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrunner.h"

#include <QThread>

#include <memory>

namespace causeway {

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LayoutResult>();
    qRegisterMetaType<LayoutMode>();
}

LayoutRunner::~LayoutRunner()
{
    // dot cannot be stopped, and a QThread may not be destroyed while it runs.
    for (QThread *worker : qAsConst(m_workers)) {
        worker->disconnect(this);
        worker->wait();
        delete worker;
    }
}

void LayoutRunner::start(const LayoutInput &input, LayoutMode mode)
{
    if (m_running)
        cancel();
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<LayoutResult>();
    QThread *worker = QThread::create([input, mode, result] { *result = computeLayout(input, mode); });
    worker->setObjectName(QStringLiteral("Diagram layout"));
    m_workers.insert(worker);
    // Queued into this (the UI) thread once the worker has returned: no data is shared while it runs.
    connect(worker, &QThread::finished, this, [this, worker, result, mode, generation] {
        m_workers.remove(worker);
        worker->deleteLater();
        if (generation != m_generation || !m_running)
            return; // abandoned
        setRunning(false);
        Q_EMIT finished(*result, mode);
    });
    setRunning(true);
    worker->start();
}

void LayoutRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    setRunning(false);
    Q_EMIT cancelled();
}

void LayoutRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace causeway
