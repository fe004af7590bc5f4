// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace causeway {

class Document;

/**
 * Editors for the corrective actions table: a people combo that also takes free text for the
 * owner, a date editor with a calendar popup for the due date, combos for the enumerations. The
 * addressed nodes are chosen in a popup of their own (CheckListPopup), opened by the view.
 * The tracker link is drawn as a link and opened on a click on its text.
 */
class ActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ActionsDelegate(Document *document, QObject *parent = nullptr);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

Q_SIGNALS:
    void linkActivated(const QString &url);

private:
    Document *m_document;
};

} // namespace causeway
