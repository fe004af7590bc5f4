// SPDX-License-Identifier: GPL-3.0-or-later
#include "proseedit.h"

#include "document.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace causeway {

ProseEdit::ProseEdit(Document *document, const QString &fieldKey, Reader read, Writer write, QWidget *parent)
    : QTextEdit(parent)
    , m_document(document)
    , m_fieldKey(fieldKey)
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
    // The document's undo stack is the only history: the editor keeps none of its own.
    setUndoRedoEnabled(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setLineWrapMode(QTextEdit::WidgetWidth);
    m_updating = true;
    setPlainText(m_read());
    m_updating = false;
    connect(this, &QTextEdit::textChanged, this, &ProseEdit::onTextChanged);
    connect(this->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &ProseEdit::updateHeight);
    updateHeight();
}

void ProseEdit::setFieldKey(const QString &key)
{
    if (key == m_fieldKey)
        return;
    m_fieldKey = key;
    Q_EMIT fieldKeyChanged(key);
}

void ProseEdit::setMinimumLines(int lines)
{
    m_minimumLines = lines;
    updateHeight();
}

int ProseEdit::contentHeight() const
{
    const int lines = fontMetrics().lineSpacing() * m_minimumLines;
    const int text = int(document()->documentLayout()->documentSize().height());
    return qMax(lines, text) + 2 * frameWidth() + 4;
}

void ProseEdit::updateHeight()
{
    const int h = contentHeight();
    if (h != height())
        setFixedHeight(h);
}

QSize ProseEdit::sizeHint() const
{
    return QSize(QTextEdit::sizeHint().width(), contentHeight());
}

QSize ProseEdit::minimumSizeHint() const
{
    return QSize(120, contentHeight());
}

void ProseEdit::onTextChanged()
{
    if (m_updating)
        return;
    // QTextEdit also says "changed" when only formats change (the highlighter's marks): nothing to
    // write then, and writing would create an empty entry where the field has none yet.
    const QString text = toPlainText();
    if (text == m_read())
        return;
    m_updating = true;
    m_write(text);
    m_updating = false;
}

void ProseEdit::refresh()
{
    if (m_updating)
        return;
    const QString wanted = m_read();
    const QString current = toPlainText();
    if (wanted == current)
        return;
    // A change from elsewhere (undo, another view): what is typed next is a new step.
    m_document->sealEdits();

    // Replace only the part that differs, so the cursor keeps its place in the unchanged text.
    int prefix = 0;
    const int maxPrefix = qMin(wanted.size(), current.size());
    while (prefix < maxPrefix && wanted.at(prefix) == current.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < maxPrefix - prefix &&
        wanted.at(wanted.size() - 1 - suffix) == current.at(current.size() - 1 - suffix))
        ++suffix;

    m_updating = true;
    const int scroll = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.setPosition(prefix);
    cursor.setPosition(current.size() - suffix, QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(prefix, wanted.size() - prefix - suffix));
    verticalScrollBar()->setValue(scroll);
    m_updating = false;
}

bool ProseEdit::event(QEvent *event)
{
    // Undo and redo belong to the document: let the window's actions have the shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Undo || key == QKeySequence::Redo) {
            m_document->sealEdits();
            event->ignore();
            return false;
        }
    }
    return QTextEdit::event(event);
}

void ProseEdit::focusOutEvent(QFocusEvent *event)
{
    m_document->sealEdits();
    QTextEdit::focusOutEvent(event);
}

void ProseEdit::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_B:
            wrapSelection(QStringLiteral("**"), QStringLiteral("**"));
            return;
        case Qt::Key_I:
            wrapSelection(QStringLiteral("*"), QStringLiteral("*"));
            return;
        case Qt::Key_K:
            insertLink();
            return;
        case Qt::Key_QuoteLeft:
            wrapSelection(QStringLiteral("`"), QStringLiteral("`"));
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier &&
        continueList())
        return;
    QTextEdit::keyPressEvent(event);
}

void ProseEdit::wrapSelection(const QString &before, const QString &after)
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    cursor.insertText(before + selected + after);
    cursor.endEditBlock();
    if (selected.isEmpty())
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, after.size());
    setTextCursor(cursor);
}

void ProseEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    const bool isUrl =
        selected.startsWith(QLatin1String("http://")) || selected.startsWith(QLatin1String("https://"));
    const QString text = isUrl ? QString() : selected;
    const QString url = isUrl ? selected : QStringLiteral("https://");
    cursor.insertText(QStringLiteral("[%1](%2)").arg(text, url));
    // Leave the cursor where the user types next: the text when a URL was selected, else the URL.
    const int end = cursor.position();
    if (isUrl)
        cursor.setPosition(end - url.size() - 3);
    else
        cursor.setPosition(end - 1);
    setTextCursor(cursor);
}

bool ProseEdit::continueList()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text();
    static const QRegularExpression item(QStringLiteral("^(\\s*)([-*+]|(\\d+)([.)]))\\s+(.*)$"));
    const QRegularExpressionMatch m = item.match(line);
    if (!m.hasMatch() || cursor.positionInBlock() < line.size() - m.captured(5).size())
        return false;
    if (m.captured(5).trimmed().isEmpty()) {
        // Enter on an empty item ends the list.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        setTextCursor(cursor);
        return true;
    }
    QString marker = m.captured(2);
    if (!m.captured(3).isEmpty())
        marker = QString::number(m.captured(3).toInt() + 1) + m.captured(4);
    cursor.insertText(QLatin1Char('\n') + m.captured(1) + marker + QLatin1Char(' '));
    setTextCursor(cursor);
    return true;
}

} // namespace causeway
