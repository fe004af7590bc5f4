// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"

#include <QSet>
#include <QWidget>

namespace causeway {

class Document;

/**
 * The causal diagram as the presentation shows it: only the nodes revealed so far (and the links
 * between them), the current step's nodes highlighted, scaled so that the revealed part fills the
 * widget and the labels grow with the screen. Nodes keep their places relative to each other: the
 * frame widens as more of the diagram appears.
 *
 * It draws with the canvas's own painter (paintNode, paintLink): the same shapes and words.
 */
class PresentationDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationDiagram(QWidget *parent = nullptr);

    /// Takes the diagram of \a document (already redacted when names are hidden).
    void setDocument(const Document &document);
    void setStep(const QSet<NodeId> &revealed, const QSet<NodeId> &highlighted);
    void setPalette(const DiagramPalette &palette);

    const QSet<NodeId> &revealed() const { return m_revealed; }
    const QSet<NodeId> &highlighted() const { return m_highlighted; }
    /// The labels of the nodes on screen, as drawn.
    QStringList shownLabels() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DiagramSnapshot m_snapshot;
    QHash<LinkId, QPair<NodeId, NodeId>> m_linkEnds; ///< cause and effect of each link
    DiagramPalette m_palette = DiagramPalette::light();
    QSet<NodeId> m_revealed;
    QSet<NodeId> m_highlighted;
};

} // namespace causeway
