// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "acknowledgedialog.h"
#include "checks/checker.h"
#include "document.h"
#include "findingsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace causeway {

FindingsPanel::FindingsPanel(Document *document, Checker *checker, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_checker(checker)
    , m_model(new FindingsModel(checker, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_severity(new QComboBox(this))
    , m_showAcknowledged(new QCheckBox(tr("Show ac&knowledged"), this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge…"), this))
    , m_reopen(new QPushButton(tr("&Reopen"), this))
{
    m_severity->addItem(tr("All findings"), int(FindingSeverity::Info));
    m_severity->addItem(tr("Warnings and errors"), int(FindingSeverity::Warning));
    m_severity->addItem(tr("Errors only"), int(FindingSeverity::Error));
    m_severity->setToolTip(tr("Which findings to list"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FindingsModel::PlaceColumn, 220);
    m_view->setColumnWidth(FindingsModel::CheckColumn, 160);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2);
    m_acknowledge->setToolTip(tr("Keep this finding as it is, with a reason saved in the post-mortem"));
    m_reopen->setToolTip(tr("Take back the acknowledgement: the finding is open again"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_showAcknowledged);
    filters->addStretch();
    filters->addWidget(m_acknowledge);
    filters->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_severity, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_model->setMinimumSeverity(FindingSeverity(m_severity->currentData().toInt())); });
    connect(m_showAcknowledged, &QCheckBox::toggled, m_model, &FindingsModel::setShowAcknowledged);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_acknowledge, &QPushButton::clicked, this, &FindingsPanel::acknowledgeCurrent);
    connect(m_reopen, &QPushButton::clicked, this, &FindingsPanel::reopenCurrent);

    // A run replaces the findings: keep the one the user was looking at, if it is still there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = currentFinding(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_kept)
            setCurrentFinding(*m_kept);
        updateDetails();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::updateDetails);
    updateDetails();
}

std::optional<Finding> FindingsPanel::currentFinding() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->finding(index.row());
}

bool FindingsPanel::setCurrentFinding(const Finding &finding)
{
    const int row = m_model->rowOf(finding);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, FindingsModel::MessageColumn)));
    return true;
}

void FindingsPanel::updateDetails()
{
    const std::optional<Finding> f = currentFinding();
    m_acknowledge->setEnabled(f && !f->acknowledged);
    m_reopen->setEnabled(f && f->acknowledged);
    if (!f) {
        const int errors = m_checker->openCount(FindingSeverity::Error);
        const int warnings = m_checker->openCount(FindingSeverity::Warning);
        m_details->setText(errors + warnings == 0
                ? tr("No open errors or warnings.")
                : tr("%1 open error(s), %2 open warning(s). Double-click a finding "
                     "to see where it is.")
                      .arg(errors)
                      .arg(warnings));
        return;
    }
    QString text = f->suggestion.isEmpty() ? f->message : tr("Suggestion: %1").arg(f->suggestion);
    if (f->acknowledged)
        text += QLatin1Char('\n') + tr("Acknowledged: %1").arg(f->acknowledgementReason);
    m_details->setText(text);
}

void FindingsPanel::activate(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (source.isValid())
        Q_EMIT findingActivated(m_model->finding(source.row()));
}

void FindingsPanel::acknowledge(const Finding &finding, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return;
    m_document->acknowledge(finding.acknowledgement(reason.trimmed()));
    m_checker->refresh(); // show it at once, not after the typing delay
}

void FindingsPanel::acknowledgeCurrent()
{
    const std::optional<Finding> f = currentFinding();
    if (!f || f->acknowledged)
        return;
    AcknowledgeDialog dialog(*f, this);
    if (dialog.exec() == QDialog::Accepted)
        acknowledge(*f, dialog.reason());
}

void FindingsPanel::reopenCurrent()
{
    const std::optional<Finding> f = currentFinding();
    if (!f || !f->acknowledged)
        return;
    m_document->unacknowledge(f->checkId, f->place.entity, f->place.field);
    m_checker->refresh();
}

} // namespace causeway
