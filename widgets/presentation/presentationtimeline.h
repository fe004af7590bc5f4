// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace causeway {

class Document;
struct PresentationStep;

/**
 * The timeline as the presentation shows it: the few events before the current step, quieter, and
 * the current event large, with its time, actor, flags and (unless hidden) its private note.
 */
class PresentationTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationTimeline(QWidget *parent = nullptr);

    /**
     * Shows \a shownSoFar (every event up to the step, in time order) of \a document, with the
     * events of \a step emphasised; \a bodyPixels is the body text size, \a showNotes whether
     * private notes may be shown.
     */
    void showStep(const Document &document, const QVector<EventId> &shownSoFar, const PresentationStep &step,
        int bodyPixels, bool showNotes);
    /// Clears the panel and says \a message (an empty timeline).
    void showMessage(const QString &message, int bodyPixels);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void clear();
    QLabel *addLabel(QVBoxLayout *column, const QString &text, const QFont &font, const QColor &color);

    QVBoxLayout *m_earlier; ///< the events before the step, quieter
    QVBoxLayout *m_current; ///< the step's event, large
};

} // namespace causeway
