// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "format/loaderror.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

namespace causeway {

class Document;

/**
 * The crash-recovery journal of one open document. Every edit, as the document reports it, is
 * appended as one record and handed to the operating system at once, so that after the program
 * is killed at any moment the journal holds every edit up to the last one; it is also synced to
 * the disk a moment later, for power loss. The journal is removed on save and on a clean close.
 *
 * A journal starts from a base: the document's file as it was on disk (its size and hash are in
 * the journal's header), or nothing for a new document, or a snapshot record of the whole
 * document (after a restore). Records are single lines `<checksum> <compact JSON>`, so a torn or
 * damaged tail is found and ignored from its first bad record on.
 */
class RecoveryJournal : public QObject
{
    Q_OBJECT
public:
    /// Journals \a document's edits into \a journalPath; start() creates the file.
    RecoveryJournal(Document *document, const QString &journalPath, QObject *parent = nullptr);
    ~RecoveryJournal() override;

    /**
     * Creates the journal with its header. \a baseFile is the saved file the edits apply to (empty
     * for a new document); with \a snapshot the journal starts from the whole current document instead.
     */
    bool start(const QString &baseFile, bool snapshot, QString *error);
    /// Deletes the journal file (after a save, or a clean close).
    void discard();
    /// Writes the journal now rather than at the first edit: a restored document is protected at once.
    bool writeNow();
    QString path() const { return m_file.fileName(); }
    /// Records written since start(), the header not counted.
    int records() const { return m_records; }
    /// Whether the journal file exists yet: it is created by the first edit.
    bool isWritten() const { return m_file.isOpen(); }

    /// Where the journal of \a documentFile lives: beside it, hidden (".name.causeway.recovery").
    static QString pathBeside(const QString &documentFile);
    /// Where journals of unsaved documents, and of documents in folders that cannot be written, live.
    static QString recoveryFolder();

Q_SIGNALS:
    /// The journal could not be written (a full disk, a folder made read-only): edits are unprotected.
    void failed(const QString &message);

private:
    static QByteArray line(const QByteArray &json);
    void append(const QByteArray &json);
    bool open();
    void fail();
    void connectDocument();
    template<class T>
    void put(const char *list, const T &value, int index);
    void remove(const char *list, quint64 id);

    QPointer<Document> m_document;
    QFile m_file;
    QTimer m_sync;
    QByteArray m_pending; ///< the header (and snapshot), written with the first edit
    int m_records = 0;
    bool m_failed = false;
};

/// What replaying a journal gave.
struct RecoveredDocument
{
    std::optional<DocumentContent> content; ///< null when nothing can be restored
    QString baseFile; ///< the file the journal's edits apply to; empty for a new document
    int records = 0; ///< records applied
    QString warning; ///< e.g. the damaged tail that was left out
    LoadErrors errors; ///< why nothing can be restored
};

/// Describes a journal without replaying it: its base file and when it was last written.
struct JournalInfo
{
    QString path;
    QString baseFile;
    QDateTime lastWritten;
    bool valid = false;
};
JournalInfo inspectJournal(const QString &journalPath);

/**
 * Rebuilds the document a journal describes: its base (the file, unchanged since the journal
 * began, or a snapshot) with every intact record applied in order, checked by the same strict
 * reader as a file. A damaged record and everything after it are left out, with a warning.
 */
RecoveredDocument replayJournal(const QString &journalPath);

} // namespace causeway
