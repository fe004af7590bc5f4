// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace causeway {

class ActionsFilterProxy;
class ActionsModel;
class CoverageModel;
class Document;

/**
 * The corrective actions: a sortable, filterable table (filter by text, status, owner, overdue
 * only) and the coverage matrix of causes × actions. Insert adds an action, Delete removes the
 * selected ones; every edit is one undo step.
 */
class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPanel(Document *document, QWidget *parent = nullptr);

    ActionsModel *model() const { return m_model; }
    ActionsFilterProxy *proxy() const { return m_proxy; }
    CoverageModel *coverage() const { return m_coverage; }
    QTableView *table() const { return m_table; }
    QTableView *matrix() const { return m_matrix; }

    /// Adds an action, selects it and starts editing its title.
    void addAction();
    void removeSelected();
    /// Opens the multi-select popup of the nodes the action in \a proxyRow addresses.
    void chooseNodes(int proxyRow);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTablePage();
    QWidget *createMatrixPage();
    void updateOwnerFilter();
    void updateSummary();

    Document *m_document;
    ActionsModel *m_model;
    ActionsFilterProxy *m_proxy;
    CoverageModel *m_coverage;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_matrix = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_coverageSummary = nullptr;
};

} // namespace causeway
