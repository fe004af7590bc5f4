// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;
#include <QStringList>

#include <memory>

namespace causeway {

class Document;
class RecoveryJournal;

/**
 * Keeps the open document's crash-recovery journal: started when a document is shown, restarted
 * on the new base after each save, removed on a clean close. Journals are listed in the settings
 * so that the next start finds those a crash left behind, wherever they are.
 */
class DocumentRecovery : public QObject
{
    Q_OBJECT
public:
    explicit DocumentRecovery(QObject *parent = nullptr);
    ~DocumentRecovery() override;

    /// Journals \a document's edits from now on (the previous document's journal is removed).
    void follow(Document *document);
    /// Writes the journal at once instead of at the first edit (a restored document).
    void protectNow();
    /// The document was saved: its file is the journal's new base.
    void saved();
    /// The document was closed cleanly: its journal goes.
    void stop();
    /// The journal being written now, if any.
    QString currentJournal() const;

    /// Journals that a session which did not end cleanly left behind, with at least one edit.
    QStringList pendingJournals() const;
    /// The journal of \a documentFile if a crash left one beside it (or in the recovery folder).
    static QString journalFor(const QString &documentFile);
    /// Deletes a journal the user chose not to restore.
    static void discardJournal(const QString &journal);

Q_SIGNALS:
    /// Journaling failed (a full disk, a read-only folder): edits are not protected.
    void problem(const QString &message);

private:
    void start(bool snapshot);

    Document *m_document = nullptr;
    std::unique_ptr<RecoveryJournal> m_journal;
};

/// Asks whether to restore what \a journal kept: 1 restore, 0 discard, -1 not now (kept for later).
int askToRestore(QWidget *parent, const QString &journal);

} // namespace causeway
