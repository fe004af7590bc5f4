// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include "highlighting/syntaxrepository.h"

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace causeway {

/// The gutter: it only forwards painting to the editor, which knows the blocks' geometry.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
#endif
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(mono).fixedPitch()) {
        // Some platforms (Qt 5 off screen) answer with a proportional font: ask fontconfig instead.
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
    }
    setFont(mono);
    // Logs and stack traces are read line by line: wrapping would break the line numbers' meaning.
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumbers, qOverload<>(&QWidget::update));
    updateLineNumberAreaWidth();
    applyTheme();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    // An invalid definition highlights nothing: plain text for "" and for names this build lacks.
    m_highlighter->setDefinition(syntaxRepository().definitionForName(language));
    m_highlighter->rehighlight();
#endif
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 2) + 8;
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    const bool paletteChanged =
        event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteChanged && !m_applyingTheme)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateLineNumberAreaWidth();
}

void CodeEditor::applyTheme()
{
    // Dark or light after the window colour the application gives (the system's or the user's
    // theme); not after Base, which the theme below overrides on this widget.
    m_dark = palette().color(QPalette::Window).lightness() < 128;
#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Theme theme = syntaxRepository().defaultTheme(
        m_dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (theme.name() == m_highlighter->theme().name())
        return;
    // The theme's own background and text colours, so that its token colours keep their contrast.
    m_applyingTheme = true;
    QPalette p = palette();
    p.setColor(
        QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(
        QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(p);
    m_applyingTheme = false;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
#endif
    m_lineNumbers->update();
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    QColor gutter = palette().color(QPalette::Base);
    gutter = m_dark ? gutter.lighter(130) : gutter.darker(106);
    painter.fillRect(event->rect(), gutter);
    QColor number = palette().color(QPalette::Text);
    number.setAlphaF(0.5);
    const QColor current = palette().color(QPalette::Text);
    painter.setFont(font());

    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width() - 8;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentBlock ? current : number);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace causeway
