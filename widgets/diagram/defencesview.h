// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/defences.h"

#include <QPointer>
#include <QWidget>

namespace causeway {

class Document;
class SelectionHub;

/**
 * The Swiss-cheese picture: the defences between the trigger and the outcome drawn as slices the
 * hazard passes through, in the order it meets them. A slice shows its state at a glance: absent
 * is only an outline, degraded a thin slice with a hole, misaligned a slice shifted off the path
 * with its hole on it, held a solid slice that narrows the harm after it. Under each slice: its
 * name, evidence and the corrective actions that address it. Defences that are not between the
 * trigger and the outcome are listed below, marked.
 *
 * Clicking a layer (or moving with the arrow keys) selects its node in every view; selections
 * made elsewhere are highlighted here.
 */
class DefencesView : public QWidget
{
    Q_OBJECT
public:
    explicit DefencesView(Document *document, SelectionHub *selection = nullptr, QWidget *parent = nullptr);

    const DefencePicture &picture() const;
    /// The layer drawn at \a pos (an index into picture().layers), or -1.
    int layerAt(const QPoint &pos) const;
    /// Where layer \a index is drawn (its slice and text), for tests and accessibility.
    QRect layerRect(int index) const;
    int currentLayer() const { return m_current; }
    /// Makes layer \a index current and selects its node through the hub.
    void selectLayer(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Column
    {
        QRect slice; ///< the slice's upright box (before any shift)
        QRect text; ///< the text block under it
        QRect whole; ///< slice and text: what a click hits
    };
    /// Marks the picture out of date: it is worked out again once, when next needed.
    void refresh();
    void ensureFresh() const;
    void layoutPicture();
    int textHeight(const DefenceLayer &layer, int width) const;
    void paintPicture(QPainter &p);
    void paintLayerText(QPainter &p, const DefenceLayer &layer, const QRect &box) const;
    void paintOffPath(QPainter &p);
    void paintLegend(QPainter &p);
    QString tooltipFor(const DefenceLayer &layer) const;
    QStringList actionTitles(const DefenceLayer &layer) const;

    Document *m_document;
    QPointer<SelectionHub> m_selection;
    // Worked out lazily: one compound edit sends many signals, and the picture is needed once.
    mutable bool m_stale = true;
    DefencePicture m_picture;
    QVector<Column> m_columns; // one per layer: on-path ones first, as in m_picture
    QRect m_band; // the hazard's path from trigger to outcome
    QRect m_trigger;
    QRect m_outcome;
    QRect m_offPathTitle;
    QRect m_legend;
    int m_height = 0;
    int m_current = -1;
};

} // namespace causeway
