// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's analysis side: the Five Whys, findings and defences docks, the findings
// badge, and going to the place of a finding.
#include "checks/checker.h"
#include "checks/findingspanel.h"
#include "checks/findingstyle.h"
#include "diagram/defencesview.h"
#include "diagram/diagramwidget.h"
#include "diagram/fivewhysview.h"
#include "document.h"
#include "evidence/evidencepanel.h"
#include "form/formview.h"
#include "mainwindow.h"
#include "selection/selectionhub.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>

namespace causeway {

void MainWindow::createAnalysisDocks(QMenu *viewMenu, QDockWidget *undoDock)
{
    // The Five Whys and the defences are views of the causal diagram beside every tab: docks, so
    // that they can sit next to the canvas, the timeline or the form.
    m_fiveWhysDock = new QDockWidget(tr("Five Whys"), this);
    m_fiveWhysDock->setObjectName(QStringLiteral("fiveWhysDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_fiveWhysDock);
    tabifyDockWidget(undoDock, m_fiveWhysDock);
    m_evidenceDock = new QDockWidget(tr("Evidence"), this);
    m_evidenceDock->setObjectName(QStringLiteral("evidenceDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_evidenceDock);
    tabifyDockWidget(undoDock, m_evidenceDock);
    m_fiveWhysDock->raise();

    m_defencesDock = new QDockWidget(tr("Defences"), this);
    m_defencesDock->setObjectName(QStringLiteral("defencesDock"));
    m_defencesScroll = new QScrollArea(m_defencesDock);
    m_defencesScroll->setWidgetResizable(true);
    m_defencesScroll->setFrameShape(QFrame::NoFrame);
    m_defencesDock->setWidget(m_defencesScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_defencesDock);
    // Tabbed with the findings, so that the views keep their height; View > Defences brings it up.
    if (m_findingsDock) {
        tabifyDockWidget(m_findingsDock, m_defencesDock);
        m_findingsDock->raise();
    }

    const QPair<QDockWidget *, QKeySequence> toggles[] = {
        { m_fiveWhysDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y) },
        { m_defencesDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) },
        { m_evidenceDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V) },
    };
    for (const auto &toggle : toggles) {
        QAction *action = toggle.first->toggleViewAction();
        action->setShortcut(toggle.second);
        // Showing a dock also brings it to the front of its tab group and into focus.
        connect(action, &QAction::triggered, toggle.first, [dock = toggle.first](bool shown) {
            if (shown) {
                dock->raise();
                if (dock->widget())
                    dock->widget()->setFocus(Qt::ShortcutFocusReason);
            }
        });
        viewMenu->addAction(action);
    }
}

void MainWindow::clearAnalysisDocks()
{
    delete m_fiveWhys;
    m_fiveWhys = nullptr;
    delete m_defencesScroll->takeWidget();
    m_defences = nullptr;
    delete m_findingsPanel;
    m_findingsPanel = nullptr;
    delete m_evidencePanel;
    m_evidencePanel = nullptr;
}

void MainWindow::updateFindingsBadge()
{
    const int errors = m_checker->openCount(FindingSeverity::Error);
    const int warnings = m_checker->openCount(FindingSeverity::Warning);
    const int infos = m_checker->openCount(FindingSeverity::Info);
    const FindingSeverity worst = errors ? FindingSeverity::Error
        : warnings                       ? FindingSeverity::Warning
                                         : FindingSeverity::Info;
    m_findingsBadge->setIcon(severityIcon(worst));
    m_findingsBadge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_findingsBadge->setText(errors + warnings + infos == 0
            ? tr("No findings")
            : tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(infos));
}

void MainWindow::showFinding(const FindingPlace &place)
{
    const EntityRef &e = place.entity;
    switch (e.kind) {
    case EntityKind::Event:
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->selectEvents({ EventId(e.id) });
        return;
    case EntityKind::Node:
        m_tabs->setCurrentWidget(m_diagram);
        m_selection->selectNodes({ NodeId(e.id) }, m_findingsPanel);
        return;
    case EntityKind::Link:
        if (const CausalLink *l = m_document->link(LinkId(e.id))) {
            m_tabs->setCurrentWidget(m_diagram);
            m_selection->selectNodes({ l->from, l->to }, m_findingsPanel);
        }
        return;
    default:
        // Sections, actions, answers, lessons and the incident live in the form.
        m_tabs->setCurrentWidget(m_form);
        Q_EMIT findingPlaceRequested(place);
        return;
    }
}

} // namespace causeway
