// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace causeway {

class Checker;
class Document;
class FindingsModel;

/**
 * The Findings panel: every finding of the analysis checks in one sortable list, filtered by
 * severity, with the acknowledged ones on request. Activating a finding (double-click, Enter)
 * emits findingActivated() so that the window can show its place; a finding can be acknowledged
 * with a reason and reopened, each one undo step of the document.
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    FindingsPanel(Document *document, Checker *checker, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The finding of the current row, if any.
    std::optional<Finding> currentFinding() const;
    /// Makes the row of \a finding current; false when it is not shown.
    bool setCurrentFinding(const Finding &finding);

    /// Acknowledges \a finding with \a reason (one undo step).
    void acknowledge(const Finding &finding, const QString &reason);
    /// Asks for a reason in a dialog, then acknowledges the current finding.
    void acknowledgeCurrent();
    /// Reopens the current finding when it is acknowledged (one undo step).
    void reopenCurrent();

Q_SIGNALS:
    /// The user wants to see where \a finding is: its entity, field and text range.
    void findingActivated(const causeway::Finding &finding);

private:
    void updateDetails();
    void activate(const QModelIndex &index);

    Document *m_document;
    Checker *m_checker;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_severity;
    QCheckBox *m_showAcknowledged;
    QTreeView *m_view;
    QLabel *m_details;
    QPushButton *m_acknowledge;
    QPushButton *m_reopen;
    std::optional<Finding> m_kept; // the current finding across a run of the checks
};

} // namespace causeway
