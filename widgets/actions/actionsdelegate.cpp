// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsdelegate.h"

#include "actionsmodel.h"
#include "document.h"
#include "labels.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMouseEvent>
#include <QUrl>

namespace causeway {

namespace {

template<class E>
QComboBox *enumCombo(QWidget *parent, int count)
{
    auto *combo = new QComboBox(parent);
    for (int i = 0; i < count; ++i)
        combo->addItem(label(E(i)), i);
    return combo;
}

bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

ActionsDelegate::ActionsDelegate(Document *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{ }

QWidget *ActionsDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionsModel::OwnerColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString(), QVariant());
        for (const Person &p : m_document->people()) {
            const QString text = p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role);
            combo->addItem(text, QVariant::fromValue(p.id));
        }
        combo->lineEdit()->setPlaceholderText(tr("A person or a team"));
        return combo;
    }
    case ActionsModel::DueColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The lowest date stands for "no due date".
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("No date"));
        return edit;
    }
    case ActionsModel::PriorityColumn:
        return enumCombo<ActionPriority>(parent, 4);
    case ActionsModel::TypeColumn:
        return enumCombo<ActionType>(parent, 4);
    case ActionsModel::NatureColumn:
        return enumCombo<ActionNature>(parent, 3);
    case ActionsModel::StatusColumn:
        return enumCombo<ActionStatus>(parent, 4);
    case ActionsModel::AddressesColumn:
        return nullptr; // the view opens the node picker
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor);
            line && index.column() == ActionsModel::TrackerColumn)
            line->setPlaceholderText(QStringLiteral("https://"));
        return editor;
    }
    }
}

void ActionsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (index.column()) {
    case ActionsModel::OwnerColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        if (value.userType() == qMetaTypeId<PersonId>()) {
            const int i = combo->findData(value);
            combo->setCurrentIndex(i);
        } else {
            combo->setCurrentIndex(-1);
            combo->setEditText(value.toString());
        }
        return;
    }
    case ActionsModel::DueColumn: {
        auto *edit = static_cast<QDateEdit *>(editor);
        const QDate due = value.toDate();
        edit->setDate(due.isValid() ? due : edit->minimumDate());
        return;
    }
    case ActionsModel::PriorityColumn:
    case ActionsModel::TypeColumn:
    case ActionsModel::NatureColumn:
    case ActionsModel::StatusColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value.toInt()));
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActionsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionsModel::OwnerColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        const int i = combo->findText(combo->currentText());
        const QVariant person = i >= 0 ? combo->itemData(i) : QVariant();
        if (person.isValid())
            model->setData(index, person);
        else
            model->setData(index, combo->currentText());
        return;
    }
    case ActionsModel::DueColumn: {
        auto *edit = static_cast<QDateEdit *>(editor);
        model->setData(index, edit->date() == edit->minimumDate() ? QDate() : edit->date());
        return;
    }
    case ActionsModel::PriorityColumn:
    case ActionsModel::TypeColumn:
    case ActionsModel::NatureColumn:
    case ActionsModel::StatusColumn:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
        return;
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

bool ActionsDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() == ActionsModel::TrackerColumn && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QString url = index.data().toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(url);
        const QRect textRect = option.rect.adjusted(4, 0, 0, 0);
        const bool onText =
            mouse->pos().x() >= textRect.left() && mouse->pos().x() <= textRect.left() + textWidth + 4;
        if (mouse->button() == Qt::LeftButton && onText && isWebLink(url) &&
            !(mouse->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
            Q_EMIT linkActivated(url);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace causeway
