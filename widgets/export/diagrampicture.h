// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace causeway {

/// A picture of the causal diagram that a report can place and scale: vector all the way to the PDF.
class DiagramPicture
{
public:
    virtual ~DiagramPicture() = default;
    /// The diagram's extent in its own units (points).
    virtual QRectF bounds() const = 0;
    /// Paints the part \a source of the diagram into \a target.
    virtual void paint(QPainter *painter, const QRectF &source, const QRectF &target) const = 0;
};

} // namespace causeway
