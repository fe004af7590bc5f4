// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationview.h"

#include "document.h"
#include "export/redaction.h"
#include "presentationdiagram.h"
#include "presentationtheme.h"
#include "presentationtimeline.h"
#include "zoomlevels.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

PresentationView::PresentationView(const Document *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_cursor(*document, StepMode::Events)
    , m_title(new QLabel)
    , m_position(new QLabel)
    , m_banner(new QLabel)
    , m_hints(new QLabel)
    , m_modeButton(new QToolButton)
    , m_blamelessButton(new QToolButton)
    , m_timeline(new PresentationTimeline)
    , m_diagram(new PresentationDiagram)
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Presentation — Causeway"));
    setAttribute(Qt::WA_DeleteOnClose);
    setPalette(presentationtheme::palette());
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    m_diagram->setPalette(presentationtheme::diagramPalette());

    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The buttons only show and switch a state: they never take focus, so Space and the arrows
    // always reach the step-through.
    m_modeButton->setCheckable(true);
    m_modeButton->setFocusPolicy(Qt::NoFocus);
    m_modeButton->setObjectName(QStringLiteral("presentationMode"));
    m_modeButton->setToolTip(tr("Step event by event, or milestone by milestone (M)"));
    connect(m_modeButton, &QToolButton::clicked, this,
        [this](bool on) { setMode(on ? StepMode::Milestones : StepMode::Events); });
    m_blamelessButton->setCheckable(true);
    m_blamelessButton->setFocusPolicy(Qt::NoFocus);
    m_blamelessButton->setObjectName(QStringLiteral("presentationBlameless"));
    m_blamelessButton->setToolTip(
        tr("Blameless screen share: roles instead of names, private notes hidden (B)"));
    connect(m_blamelessButton, &QToolButton::clicked, this, &PresentationView::setBlameless);
    m_banner->setObjectName(QStringLiteral("blamelessBanner"));
    m_banner->setText(
        tr("Blameless screen share: people are shown by their roles; private notes are hidden."));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, presentationtheme::accent());
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    m_hints->setText(tr("→ / Page Down next   ·   ← / Page Up back   ·   Home / End   ·   M milestones   ·   "
                        "B blameless   ·   Ctrl +/− type size   ·   Esc leave"));
    m_hints->setWordWrap(true);
    QPalette hintPalette = m_hints->palette();
    hintPalette.setColor(QPalette::WindowText, presentationtheme::mutedText());
    m_hints->setPalette(hintPalette);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_position);
    top->addWidget(m_modeButton);
    top->addWidget(m_blamelessButton);
    auto *layout = new QVBoxLayout(this);
    // The window is the screen: the type adapts to it, never the window to the type.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    // The diagram gets the full width: it is wide (causes on the left, the outcome on the right).
    layout->addWidget(m_diagram, 5);
    layout->addWidget(m_timeline, 4);
    layout->addWidget(m_hints);

    QAction *nextAction = addKeyAction(tr("Next"),
        { Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter },
        &PresentationView::next);
    nextAction->setObjectName(QStringLiteral("presentationNext"));
    addKeyAction(tr("Previous"), { Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace },
        &PresentationView::previous);
    addKeyAction(tr("First"), { Qt::Key_Home }, &PresentationView::first);
    addKeyAction(tr("Last"), { Qt::Key_End }, &PresentationView::last);
    addKeyAction(tr("Events or Milestones"), { Qt::Key_M }, &PresentationView::toggleMode);
    addKeyAction(tr("Blameless Screen Share"), { Qt::Key_B }, &PresentationView::toggleBlameless);
    addKeyAction(tr("Larger Type"),
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) },
        &PresentationView::zoomIn);
    addKeyAction(tr("Smaller Type"), { QKeySequence(Qt::CTRL | Qt::Key_Minus) }, &PresentationView::zoomOut);
    addKeyAction(
        tr("Normal Type Size"), { QKeySequence(Qt::CTRL | Qt::Key_0) }, &PresentationView::resetZoom);
    addKeyAction(tr("Leave Presentation"), { Qt::Key_Escape }, &PresentationView::leave);

    m_diagram->setDocument(shown());
    updateType();
    refresh();
}

PresentationView::~PresentationView() = default;

QAction *PresentationView::addKeyAction(
    const QString &text, const QList<QKeySequence> &keys, void (PresentationView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    // The whole window: a remote's Page Down must step whatever widget has focus.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void PresentationView::present(QWidget *screenOf)
{
    QScreen *screen = screenOf ? screenOf->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

const Document &PresentationView::shown() const
{
    return m_redacted ? *m_redacted : *m_document;
}

void PresentationView::setBlameless(bool blameless)
{
    m_blameless = blameless;
    if (blameless) {
        // The same redaction as a leadership export: every name becomes a role, notes go.
        ExportOptions options;
        options.audience = Audience::Leadership;
        options.anonymize = true;
        m_redacted = std::make_unique<Document>(redactedFor(m_document->content(), options));
    } else {
        m_redacted.reset();
    }
    m_diagram->setDocument(shown());
    refresh();
}

void PresentationView::setMode(StepMode mode)
{
    m_cursor.setMode(*m_document, mode);
    refresh();
}

void PresentationView::setZoom(qreal zoom)
{
    m_zoom = zoom;
    updateType();
    refresh();
}

int PresentationView::bodyPixelSize() const
{
    return presentationtheme::bodyPixelSize(height(), m_zoom);
}

void PresentationView::toggleMode()
{
    setMode(mode() == StepMode::Events ? StepMode::Milestones : StepMode::Events);
}

void PresentationView::toggleBlameless()
{
    setBlameless(!m_blameless);
}

void PresentationView::zoomIn()
{
    setZoom(zoomlevels::larger(m_zoom));
}

void PresentationView::zoomOut()
{
    setZoom(zoomlevels::smaller(m_zoom));
}

void PresentationView::resetZoom()
{
    setZoom(1.0);
}

void PresentationView::leave()
{
    close();
}

void PresentationView::next()
{
    if (m_cursor.next())
        refresh();
}

void PresentationView::previous()
{
    if (m_cursor.previous())
        refresh();
}

void PresentationView::first()
{
    if (m_cursor.first())
        refresh();
}

void PresentationView::last()
{
    if (m_cursor.last())
        refresh();
}

void PresentationView::updateType()
{
    const int body = bodyPixelSize();
    using presentationtheme::sized;
    setFont(sized(font(), body));
    m_title->setFont(sized(font(), body * 6 / 5, true));
    m_position->setFont(sized(font(), body * 4 / 5, true));
    for (QToolButton *button : { m_modeButton, m_blamelessButton }) {
        button->setFont(sized(font(), body * 7 / 10, true));
        // A switch the room can read: outlined when off, filled with the accent when on.
        button->setStyleSheet(QStringLiteral("QToolButton { border: %1px solid #101216; border-radius: %2px; "
                                             "padding: %3px %4px; background: white; color: #101216; }"
                                             "QToolButton:checked { background: %5; }")
                                  .arg(std::max(2, body / 12))
                                  .arg(body / 4)
                                  .arg(body / 6)
                                  .arg(body / 3)
                                  .arg(presentationtheme::accent().name()));
    }
    m_banner->setFont(sized(font(), body * 3 / 4, true));
    m_banner->setContentsMargins(body / 2, body / 4, body / 2, body / 4);
    m_hints->setFont(sized(font(), body * 3 / 5));
    layout()->setContentsMargins(body, body / 2, body, body / 3);
    layout()->setSpacing(body / 2);
}

void PresentationView::refresh()
{
    const Document &doc = shown();
    const Incident &incident = doc.incident();
    m_title->setText(incident.identifier.isEmpty() ? incident.title
                                                   : tr("%1 · %2").arg(incident.identifier, incident.title));
    m_modeButton->setChecked(mode() == StepMode::Milestones);
    m_modeButton->setText(mode() == StepMode::Milestones ? tr("By milestone (M)") : tr("By event (M)"));
    m_blamelessButton->setChecked(m_blameless);
    m_blamelessButton->setText(m_blameless ? tr("Blameless: on (B)") : tr("Blameless: off (B)"));
    m_banner->setVisible(m_blameless);

    const int body = bodyPixelSize();
    const PresentationStep *step = m_cursor.currentStep();
    if (!step) {
        m_position->setText(QString());
        m_timeline->showMessage(tr("The timeline has no events yet."), body);
        m_diagram->setStep({}, {});
        return;
    }
    const int count = m_cursor.steps().count();
    m_position->setText(mode() == StepMode::Milestones
            ? tr("Milestone %1 of %2").arg(m_cursor.current() + 1).arg(count)
            : tr("Event %1 of %2").arg(m_cursor.current() + 1).arg(count));
    m_timeline->showStep(doc, m_cursor.steps().eventsUpTo(m_cursor.current()), *step, body, !m_blameless);
    m_diagram->setStep(step->revealed, step->highlighted);
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT left();
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The type follows the screen: a larger screen (or a projector's resolution) gets larger text.
    updateType();
    refresh();
}

} // namespace causeway
