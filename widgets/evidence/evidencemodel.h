// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace causeway {

/**
 * The evidence items as a list, in document order: an adapter over the document's evidence that
 * follows its id-based signals. Renaming an item (setData) is one undoable document edit.
 *
 * Items can be marked "for the selection" (the evidence of what is selected in another view):
 * they show in bold and answer true to ForSelectionRole, which a proxy can filter on.
 */
class EvidenceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1, ///< the evidence's id (quint64)
        ForSelectionRole, ///< bool: it supports a selected event or node
        KindRole, ///< the EvidenceKind as int
    };

    explicit EvidenceModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Title edits only: one document change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    EvidenceId evidenceAt(int row) const;
    int rowOf(EvidenceId id) const;

    /// Marks \a ids as the evidence of the current selection (and no others).
    void setForSelection(const QSet<EvidenceId> &ids);
    const QSet<EvidenceId> &forSelection() const { return m_forSelection; }

    /// The title as shown: the item's title, or a description of it when the title is empty.
    static QString displayTitle(const Evidence &evidence);
    /// One line about the item: language or image type, file name, what it supports.
    static QString details(const Evidence &evidence);

private:
    void onAdded(EvidenceId id);
    void onAboutToBeRemoved(EvidenceId id);
    void onRemoved(EvidenceId id);
    void onChanged(EvidenceId id, Evidence::Fields fields);

    QPointer<Document> m_document;
    QVector<EvidenceId> m_rows; // mirrors the document's order
    QSet<EvidenceId> m_forSelection;
};

} // namespace causeway
