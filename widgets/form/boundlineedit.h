// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <functional>

namespace causeway {

class Document;

/**
 * A one-line editor bound to one field of the document, like ProseEdit: typing writes through
 * the document, one visit is one undo step, and changes from elsewhere update the text without a
 * step and without moving the cursor more than needed.
 */
class BoundLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    using Reader = std::function<QString()>;
    using Writer = std::function<void(const QString &)>;

    BoundLineEdit(
        Document *document, const QString &fieldKey, Reader read, Writer write, QWidget *parent = nullptr);

    QString fieldKey() const { return m_fieldKey; }
    void refresh();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    Document *m_document;
    QString m_fieldKey;
    Reader m_read;
    Writer m_write;
    bool m_updating = false;
};

} // namespace causeway
