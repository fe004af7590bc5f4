// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include "ids.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QVBoxLayout;

namespace causeway {

class ActionsPanel;
class Document;
class FormCard;
class FormSection;
class IncidentEditor;
class ProseEdit;
class SelectionHub;

/**
 * The structured post-mortem form: the incident at the top, then the sections of the document's
 * template in its order, with an outline on the side to move between them (Ctrl+PgDown and
 * Ctrl+PgUp go to the next and previous section). Switching template (undoable) reorders and
 * shows or hides sections and never deletes data: a note says how many hidden sections hold text
 * and shows them on request.
 *
 * Every prose editor is highlighted as Markdown (where the build has KSyntaxHighlighting) with the
 * findings of the analysis checks underlined in place; proseEditors() and proseEditorAdded() give
 * the editors and the keys of the fields they edit.
 *
 * Selection follows the other views through a SelectionHub: a node selected anywhere marks its
 * cards (its row in the trigger, conditions, defences or warning-sign lists, and its "different
 * engineer" question) and scrolls the first one into view; a click into a card selects its node.
 */
class FormView : public QWidget
{
    Q_OBJECT
public:
    explicit FormView(Document *document, QWidget *parent = nullptr);
    ~FormView() override;

    Document *document() const { return m_document; }
    QComboBox *templateCombo() const { return m_template; }
    IncidentEditor *incidentEditor() const { return m_incident; }
    /// The keys of the sections shown, in order (hidden ones only when showHiddenSections is on).
    QStringList visibleSectionKeys() const;
    FormSection *section(const QString &key) const { return m_sections.value(key); }
    /// The actions panel of the shown actions section (or of the hidden one).
    ActionsPanel *actionsPanel() const;
    /// Every prose editor of the form (sections, nodes, answers, lessons, impact).
    QList<ProseEdit *> proseEditors() const;
    /// The sections the template hides that hold text, by key.
    QStringList hiddenSectionsWithText() const { return m_hiddenWithText; }
    QLabel *hiddenNote() const { return m_hiddenNote; }

    bool showingHiddenSections() const { return m_showHidden; }
    void setShowHiddenSections(bool show);
    /// Scrolls to the section with \a key ("incident" for the incident editor).
    void showSection(const QString &key);
    void nextSection();
    void previousSection();

    /// Follows \a hub's selection and reports the node of the card the user clicks into.
    void setSelectionHub(SelectionHub *hub);
    SelectionHub *selectionHub() const;
    /// The cards of \a node shown in the form, in form order (node row first, then its question).
    QList<FormCard *> cardsFor(NodeId node) const;
    /// Brings \a card into view (scrolling the page only as far as needed).
    void showCard(FormCard *card);
    /// Brings the field of a finding into view, gives it the focus and selects the finding's text.
    /// Returns false when the form shows no such field (it then shows the section, if any).
    bool showPlace(const FindingPlace &place);

Q_SIGNALS:
    void proseEditorAdded(causeway::ProseEdit *editor);

private:
    FormSection *ensureSection(const QString &key);
    void arrange();
    void updateHiddenNote();
    void updateCurrentFromScroll();
    QWidget *sectionWidget(const QString &key) const;
    void decorateProse(ProseEdit *editor);
    void followSelection(QObject *origin);
    void onFocusChanged(QWidget *now);
    QList<FormCard *> allCards() const;

    Document *m_document;
    QComboBox *m_template;
    QLabel *m_hiddenNote;
    QListWidget *m_outline;
    QScrollArea *m_scroll;
    QWidget *m_page;
    QVBoxLayout *m_column;
    QWidget *m_incidentSection;
    IncidentEditor *m_incident;
    QHash<QString, FormSection *> m_sections;
    QStringList m_order; // keys in the order shown, "incident" first
    QStringList m_hiddenWithText;
    bool m_showHidden = false;
    bool m_scrolling = false;
    QPointer<SelectionHub> m_hub;
    QMetaObject::Connection m_focusConnection; // to the application, which outlives this view
};

} // namespace causeway
