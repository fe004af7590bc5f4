// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinddelegate.h"

#include "icons.h"
#include "labels.h"

#include <QComboBox>

namespace causeway {

QWidget *KindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (int k = 0; k <= int(EventKind::Milestone); ++k)
        combo->addItem(kindIcon(EventKind(k)), label(EventKind(k)), k);
    return combo;
}

void KindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void KindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace causeway
