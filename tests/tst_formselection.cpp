// SPDX-License-Identifier: GPL-3.0-or-later
// Selection follows between the form and the other views: a node selected elsewhere marks its
// cards in the form and scrolls the first one into view; a click into a card selects its node.
#include "document.h"
#include "form/boundlineedit.h"
#include "form/engineeranswerseditor.h"
#include "form/formcard.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/nodelisteditor.h"
#include "form/proseedit.h"
#include "format/documentfile.h"
#include "selection/selectionhub.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

#include <algorithm>

using namespace causeway;

namespace {
QSet<FormCard *> asSet(const QList<FormCard *> &cards)
{
    return QSet<FormCard *>(cards.begin(), cards.end());
}
} // namespace

class TestFormSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void nodeSelectedElsewhereIsMarkedAndShown_data();
    void nodeSelectedElsewhereIsMarkedAndShown();
    void selectedEventsMarkTheNodesTheySupport();
    void clickingIntoACardSelectsItsNode_data();
    void clickingIntoACardSelectsItsNode();
    void ownSelectionDoesNotScroll();

private:
    QScrollBar *scrollBar() const { return m_view->findChild<QScrollArea *>()->verticalScrollBar(); }
    /// Whether some of \a card shows in the form's scroll area.
    bool inView(FormCard *card) const
    {
        auto *area = m_view->findChild<QScrollArea *>();
        const QRect shown(card->mapTo(area->viewport(), QPoint(0, 0)), card->size());
        return shown.intersects(area->viewport()->rect());
    }
    QList<FormCard *> markedCards() const
    {
        QList<FormCard *> marked;
        for (FormCard *card : m_view->findChildren<FormCard *>()) {
            if (card->hasSelectionMark())
                marked << card;
        }
        return marked;
    }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionHub> m_hub;
    std::unique_ptr<FormView> m_view;
    QObject m_diagram; // stands for another view as the origin of a selection
};

void TestFormSelection::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    // The default template shows every node list and the "different engineer" questions.
    m_doc->setTemplate(TemplateId::Default);
    m_hub = std::make_unique<SelectionHub>(m_doc.get());
    m_view = std::make_unique<FormView>(m_doc.get());
    m_view->setSelectionHub(m_hub.get());
    m_view->resize(1100, 700);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestFormSelection::cleanup()
{
    m_view.reset();
    m_hub.reset();
    m_doc.reset();
}

void TestFormSelection::nodeSelectedElsewhereIsMarkedAndShown_data()
{
    QTest::addColumn<quint64>("node");
    QTest::addColumn<int>("cards");
    QTest::newRow("trigger: its row and its question") << quint64(3) << 2;
    QTest::newRow("condition") << quint64(7) << 1;
    QTest::newRow("defence") << quint64(11) << 1;
    QTest::newRow("warning sign") << quint64(15) << 1;
}

void TestFormSelection::nodeSelectedElsewhereIsMarkedAndShown()
{
    QFETCH(quint64, node);
    QFETCH(int, cards);
    const NodeId id(node);
    const QList<FormCard *> found = m_view->cardsFor(id);
    QCOMPARE(found.size(), cards);
    QVERIFY(qobject_cast<NodeCard *>(found.first()));
    if (cards == 2)
        QVERIFY(qobject_cast<AnswerCard *>(found.last()));

    // From the bottom of the page, so that the card is surely out of view first.
    scrollBar()->setValue(scrollBar()->maximum());
    QVERIFY(!inView(found.first()));
    m_hub->selectNodes({ id }, &m_diagram);
    QCOMPARE(asSet(markedCards()), asSet(found));
    QVERIFY(inView(found.first()));
    // The user's focus stays where it was: following is not taking over.
    QVERIFY(!found.first()->isAncestorOf(QApplication::focusWidget()));

    // Another node moves the mark; an empty selection clears it.
    m_hub->selectNodes({ NodeId(2) }, &m_diagram);
    QCOMPARE(asSet(markedCards()), asSet(m_view->cardsFor(NodeId(2))));
    m_hub->selectNodes({}, &m_diagram);
    QVERIFY(markedCards().isEmpty());
}

void TestFormSelection::selectedEventsMarkTheNodesTheySupport()
{
    const CausalNode *node = m_doc->node(NodeId(13));
    QVERIFY(node && !node->evidenceEvents.isEmpty());
    scrollBar()->setValue(scrollBar()->maximum());
    m_hub->selectEvents({ node->evidenceEvents.first() }, &m_diagram);
    const QList<FormCard *> marked = markedCards();
    QSet<NodeId> markedNodes;
    for (FormCard *card : marked)
        markedNodes.insert(card->nodeId());
    QVERIFY(markedNodes.contains(NodeId(13)));
    // Exactly the cards of the nodes the event supports, and the first of them is brought into view.
    QSet<NodeId> shownHighlighted;
    for (FormCard *card : m_view->findChildren<FormCard *>()) {
        if (card->isVisibleTo(m_view.get()) && m_hub->highlightedNodes().contains(card->nodeId()))
            shownHighlighted.insert(card->nodeId());
    }
    QCOMPARE(markedNodes, shownHighlighted);
    QVERIFY(std::any_of(marked.begin(), marked.end(), [this](FormCard *c) { return inView(c); }));
}

void TestFormSelection::clickingIntoACardSelectsItsNode_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("label") << QStringLiteral("label");
    QTest::newRow("description") << QStringLiteral("description");
    QTest::newRow("card background") << QStringLiteral("card");
    QTest::newRow("answer card") << QStringLiteral("answer");
}

void TestFormSelection::clickingIntoACardSelectsItsNode()
{
    QFETCH(QString, what);
    const QList<FormCard *> cards = m_view->cardsFor(NodeId(3));
    QCOMPARE(cards.size(), 2);
    auto *row = qobject_cast<NodeCard *>(cards.first());
    auto *answer = qobject_cast<AnswerCard *>(cards.last());
    QVERIFY(row && answer);
    QWidget *target = row;
    if (what == QLatin1String("label"))
        target = row->labelEdit();
    else if (what == QLatin1String("description"))
        target = row->descriptionEdit();
    else if (what == QLatin1String("answer"))
        target = answer->explanationEdit();
    m_view->showCard(cards.first());
    if (what == QLatin1String("answer"))
        m_view->showCard(answer);
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(4, 4));
    QTRY_COMPARE(m_hub->selectedNodes(), QVector<NodeId> { NodeId(3) });
    QCOMPARE(m_hub->origin(), m_view.get());
    // Both cards of the node show the mark, without the page jumping.
    QCOMPARE(asSet(markedCards()), asSet(cards));
}

void TestFormSelection::ownSelectionDoesNotScroll()
{
    const QList<FormCard *> cards = m_view->cardsFor(NodeId(7));
    m_view->showCard(cards.first());
    const int before = scrollBar()->value();
    m_hub->selectNodes({ NodeId(7) }, m_view.get());
    QCOMPARE(scrollBar()->value(), before);
    QVERIFY(cards.first()->hasSelectionMark());
}

QTEST_MAIN(TestFormSelection)
#include "tst_formselection.moc"
