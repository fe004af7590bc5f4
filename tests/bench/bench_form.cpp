// SPDX-License-Identifier: GPL-3.0-or-later
// The post-mortem form on a large post-mortem: building the form, switching template, typing in a
// field while every section listens, adding a node from the document, and the actions table.
// Usage: bench_form [NODES] (default 400 nodes, with NODES/2 actions and NODES/4 lessons).
#include "actions/actionsfilterproxy.h"
#include "actions/actionspanel.h"
#include "benchmarkutil.h"
#include "document.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/nodelisteditor.h"
#include "form/proseedit.h"

#include <QApplication>
#include <QTest>

using namespace causeway;
using namespace causeway::bench;

namespace {

std::unique_ptr<Document> largeDocument(int nodes)
{
    DocumentContent c;
    c.templateId = TemplateId::Default;
    const NodeType types[] = { NodeType::Condition, NodeType::Defence, NodeType::WarningSign,
        NodeType::Trigger, NodeType::Condition, NodeType::Outcome };
    for (int i = 1; i <= nodes; ++i) {
        CausalNode n;
        n.id = NodeId(i);
        n.type = types[i % 6];
        if (n.type == NodeType::Defence)
            n.defenceState = DefenceState::Degraded;
        n.label = QStringLiteral("Node %1: a property of the system that let the trigger do harm").arg(i);
        n.description =
            QStringLiteral("Evidence and details for node %1, two sentences long. It is Markdown.").arg(i);
        c.nodes << n;
    }
    for (int i = 1; i <= nodes / 2; ++i) {
        CorrectiveAction a;
        a.id = ActionId(i);
        a.title = QStringLiteral("Corrective action %1 with an owner and a date").arg(i);
        a.due = QDate(2026, 1, 1).addDays(i);
        a.addresses = { NodeId(i), NodeId(i * 2 % nodes + 1) };
        std::sort(a.addresses.begin(), a.addresses.end());
        c.actions << a;
    }
    for (int i = 1; i <= nodes / 4; ++i) {
        Lesson l;
        l.id = LessonId(i);
        l.category = LessonCategory(i % 3);
        l.text = QStringLiteral("Lesson %1").arg(i);
        c.lessons << l;
    }
    c.sections.insert(QStringLiteral("summary"), QStringLiteral("A summary."));
    return std::make_unique<Document>(std::move(c));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? QByteArray(argv[1]).toInt() : 400;
    std::printf(
        "bench_form: %d nodes, %d actions, %d lessons, Qt %s\n", nodes, nodes / 2, nodes / 4, qVersion());
    std::unique_ptr<Document> doc = largeDocument(nodes);

    QElapsedTimer t;
    t.start();
    FormView view(doc.get());
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    report("form built and shown", elapsedMs(t));

    t.restart();
    doc->setTemplate(TemplateId::GoogleSre);
    QCoreApplication::processEvents();
    report("switch template", elapsedMs(t));
    doc->setTemplate(TemplateId::Default);
    QCoreApplication::processEvents();

    ProseEdit *summary = view.section(QStringLiteral("summary"))->prose();
    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    double worst = 0;
    t.restart();
    const QString typed = QStringLiteral(" typed text");
    for (QChar c : typed) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(summary, c.toLatin1());
        worst = qMax(worst, elapsedMs(key));
    }
    report("type 11 characters in a section", elapsedMs(t),
        QStringLiteral("worst key %1 ms; text now \"%2\"")
            .arg(worst, 0, 'f', 2)
            .arg(doc->section(QStringLiteral("summary"))));

    NodeCard *card = view.section(QStringLiteral("conditions"))->nodeEditor()->cardFor(NodeId(4));
    if (card) {
        card->descriptionEdit()->setFocus();
        worst = 0;
        t.restart();
        for (QChar c : typed) {
            QElapsedTimer key;
            key.start();
            QTest::keyClick(card->descriptionEdit(), c.toLatin1());
            worst = qMax(worst, elapsedMs(key));
        }
        report("type 11 characters in a node description", elapsedMs(t),
            QStringLiteral("worst key %1 ms").arg(worst, 0, 'f', 2));
    }

    t.restart();
    CausalNode added;
    added.type = NodeType::Condition;
    added.label = QStringLiteral("Added on the canvas");
    doc->add(added);
    QCoreApplication::processEvents();
    report("node added in the document appears", elapsedMs(t));

    t.restart();
    view.actionsPanel()->proxy()->sort(2, Qt::DescendingOrder);
    report("sort actions by due date", elapsedMs(t));
    t.restart();
    doc->undoStack()->undo();
    QCoreApplication::processEvents();
    report("undo the added node", elapsedMs(t));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
