// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodepickerpopup.h"

#include "document.h"
#include "labels.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace causeway {

NodePickerPopup::NodePickerPopup(const Document &document, const QVector<NodeId> &checked, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_initial(checked)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *title = new QLabel(tr("Causes this action addresses"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_filter->setPlaceholderText(tr("Filter nodes"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_list->setAccessibleName(tr("Causal nodes"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *hint = new QLabel(tr("Click or Space to check · Enter to apply · Esc to cancel"), this);
    QPalette muted = hint->palette();
    QColor text = muted.color(QPalette::WindowText);
    text.setAlphaF(0.62);
    muted.setColor(QPalette::WindowText, text);
    hint->setPalette(muted);
    layout->addWidget(hint);

    // Causes first: outcomes are what actions protect, not what they address.
    for (NodeType type : { NodeType::Condition, NodeType::Defence, NodeType::WarningSign, NodeType::Trigger,
             NodeType::Unknown, NodeType::Outcome }) {
        for (const CausalNode &n : document.nodes()) {
            if (n.type != type)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(label(n.type), n.label), m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(checked.contains(n.id) ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, n.id.value);
            item->setToolTip(n.label);
        }
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    // A click anywhere on a row toggles it, not only on the small box.
    connect(m_list, &QListWidget::itemClicked, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    resize(640, 380);
}

QVector<NodeId> NodePickerPopup::checkedNodes() const
{
    QVector<NodeId> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << NodeId(m_list->item(i)->data(Qt::UserRole).toULongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void NodePickerPopup::popup(const QRect &anchor)
{
    QPoint pos = anchor.bottomLeft();
    if (const QScreen *screen = QGuiApplication::screenAt(anchor.center())) {
        const QRect area = screen->availableGeometry();
        pos.setX(qBound(area.left(), pos.x(), area.right() - width()));
        if (pos.y() + height() > area.bottom())
            pos.setY(anchor.top() - height());
    }
    move(pos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

bool NodePickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_cancelled = true;
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            close();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Space && m_list->currentItem()) {
            QListWidgetItem *item = m_list->currentItem();
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return false;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void NodePickerPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    const QVector<NodeId> nodes = checkedNodes();
    if (!m_cancelled && nodes != m_initial) {
        m_initial = nodes;
        Q_EMIT chosen(nodes);
    }
}

} // namespace causeway
