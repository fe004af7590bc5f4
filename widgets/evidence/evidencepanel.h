// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "evidencefiles.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QMimeData;
class QSortFilterProxyModel;

namespace causeway {

class Document;
class EvidenceEditor;
class EvidenceModel;
class SelectionHub;

/**
 * The evidence of the post-mortem: a list of the items and an editor of the selected one.
 *
 * Evidence comes in by paste (Ctrl+V on the list: text with a guessed language, or a picture), by
 * dropping files on the panel, and by "Attach File…"; files that cannot be evidence (too large,
 * unreadable, binary but not an image) are named in a message and change nothing. Each attachment
 * is one undo step.
 *
 * With a selection hub, the items that support the events or nodes selected in another view show
 * in bold ("For Selection" shows only those), and selecting an item selects what it supports.
 */
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(Document *document, SelectionHub *selection = nullptr, QWidget *parent = nullptr);

    EvidenceModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    EvidenceEditor *editor() const { return m_editor; }
    QAction *forSelectionAction() const { return m_forSelection; }
    /// The message about what could not be attached last ("" after a clean attachment).
    QString lastError() const { return m_lastError; }

    /**
     * Makes evidence of everything usable in \a mime (the drop and paste path) as one undo step,
     * selects the last new item and reports what could not be used. Returns the new ids.
     */
    QVector<EvidenceId> addFromMimeData(const QMimeData &mime);
    /// Attaches the files at \a paths as with a drop.
    QVector<EvidenceId> attachFiles(const QStringList &paths);
    /// Pastes the clipboard as new evidence.
    void paste();
    /// Asks for files to attach.
    void attachFile();
    void removeSelected();
    /// Selects \a id in the list, shows it in the editor and selects what it supports elsewhere.
    void selectEvidence(EvidenceId id);
    EvidenceId selectedEvidence() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QVector<EvidenceId> addEvidence(const QVector<EvidenceFromSource> &sources);
    void showError(const QString &message);
    /// Makes \a id the current item without selecting what it supports; false if it is unknown.
    bool showEvidence(EvidenceId id);
    void onCurrentChanged();
    void announceSelection();
    void updateForSelection();

    Document *m_document;
    SelectionHub *m_selection;
    EvidenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_list;
    EvidenceEditor *m_editor;
    QLabel *m_message;
    QAction *m_forSelection;
    QAction *m_remove;
    QString m_lastError;
    bool m_quiet = false; // the current item changes by program, not by the user
};

} // namespace causeway
