// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QLabel>

namespace causeway {

class Document;
class WhyTree;

/**
 * The Five Whys read from the causal graph with the model's WhyTree, as the exports read them:
 * from each outcome back along the links marked as why-steps, as a numbered tree ("Why …?
 * Because …"). The chain ends at a root cause, a property of the system; a chain that ends
 * anywhere else is shown as open. It is a view: the steps are
 * edited on the diagram, where they are the same data.
 */
class WhysSummary : public QLabel
{
    Q_OBJECT
public:
    explicit WhysSummary(Document *document, QWidget *parent = nullptr);

    void rebuild();
    /// The chain as plain lines, for tests and for copying.
    QStringList steps() const { return m_steps; }

private:
    QString chainHtml(const WhyTree &tree);

    Document *m_document;
    QStringList m_steps;
};

} // namespace causeway
