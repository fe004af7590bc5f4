// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace causeway {

class Document;
class TimeFormatter;

/**
 * The incident's key instants and the durations computed from them (time to detect, mitigate,
 * resolve), updated as soon as a milestone changes.
 */
class MilestoneStrip : public QLabel
{
    Q_OBJECT
public:
    explicit MilestoneStrip(Document *document, QWidget *parent = nullptr);
    void refresh(const TimeFormatter &formatter);

private:
    Document *m_document;
};

} // namespace causeway
