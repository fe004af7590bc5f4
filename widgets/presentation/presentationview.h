// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/presentationsteps.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QToolButton;

namespace causeway {

class Document;
class PresentationDiagram;
class PresentationTimeline;

/**
 * Meeting-room mode: a full-screen window that walks through the incident, the timeline on the
 * left advancing event by event (or milestone by milestone) and the causal diagram on the right
 * revealing and highlighting the nodes each step's events are evidence for.
 *
 * It only reads the document. Keys work whatever has focus inside the window, because presenter
 * remotes send Page Up/Down: Right, Down, Page Down and Space step forward; Left, Up and Page Up
 * step back; Home and End jump; M switches events/milestones; B switches the blameless screen
 * share (roles instead of names, no private notes); Ctrl +/- scales the type; Esc leaves.
 */
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationView(const Document *document, QWidget *parent = nullptr);
    ~PresentationView() override;

    /// Fills the screen \a screenOf is on (or the primary screen) and takes the keyboard.
    void present(QWidget *screenOf = nullptr);

    const PresentationCursor &cursor() const { return m_cursor; }
    bool isBlameless() const { return m_blameless; }
    void setBlameless(bool blameless);
    StepMode mode() const { return m_cursor.mode(); }
    void setMode(StepMode mode);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    int bodyPixelSize() const;

    void next();
    void previous();
    void first();
    void last();
    void toggleMode();
    void toggleBlameless();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Closes the presentation (Esc); left() follows.
    void leave();

    PresentationDiagram *diagram() const { return m_diagram; }
    PresentationTimeline *timeline() const { return m_timeline; }
    QToolButton *blamelessButton() const { return m_blamelessButton; }
    QToolButton *modeButton() const { return m_modeButton; }

Q_SIGNALS:
    /// The presenter left (Esc or the window closed): the main window takes over again.
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QAction *addKeyAction(
        const QString &text, const QList<QKeySequence> &keys, void (PresentationView::*slot)());
    /// The document as the room sees it: the open one, or a redacted copy of it.
    const Document &shown() const;
    void updateType();
    void refresh();

    const Document *m_document;
    std::unique_ptr<Document> m_redacted;
    PresentationCursor m_cursor;
    bool m_blameless = false;
    qreal m_zoom = 1.0;

    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_banner;
    QLabel *m_hints;
    QToolButton *m_modeButton;
    QToolButton *m_blamelessButton;
    PresentationTimeline *m_timeline;
    PresentationDiagram *m_diagram;
};

} // namespace causeway
