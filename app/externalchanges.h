// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/filestamp.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace causeway {

/**
 * Notices when the open document's file is changed by another program: a file-system watcher for
 * the moment it happens, and a comparison with the file as it was loaded or last saved (size,
 * time, content hash) for the moment it matters, before a save would overwrite it.
 *
 * Editors and `git` replace a file by renaming a new one over it, which ends the watch on the old
 * file: the watch is renewed on each change, and while the file is missing its folder is watched
 * until it comes back.
 */
class ExternalChanges : public QObject
{
    Q_OBJECT
public:
    /// Asks the user a question (title, text, the text of the button that goes ahead); true to go
    /// ahead, false to cancel. Tests replace it.
    using Question = std::function<bool(
        QWidget *parent, const QString &title, const QString &text, const QString &goAhead)>;

    explicit ExternalChanges(QObject *parent = nullptr);

    /// Follows \a fileName (empty for an unsaved document), as it is on disk now.
    void follow(const QString &fileName);
    /// The document was just saved to \a fileName: that is the version to compare with from now on.
    void saved(const QString &fileName);
    /// The user chose to keep the open document: the version on disk now is the one they know of.
    void keepMine();
    /// Whether the file differs from the version loaded or last saved here.
    bool changedOnDisk() const;
    /// Whether the file is gone (moved or deleted).
    bool removedOnDisk() const;
    QString fileName() const { return m_fileName; }

    /**
     * Before saving to \a fileName: when that is the followed file and another program changed it,
     * asks whether to overwrite. True when the save may go ahead.
     */
    bool confirmOverwrite(QWidget *parent, const QString &fileName) const;
    /// Asks through \a question, the one place the user is asked (a message box unless a test says).
    bool ask(QWidget *parent, const QString &title, const QString &text, const QString &goAhead) const;
    void setQuestion(Question question) { m_question = std::move(question); }

Q_SIGNALS:
    /// The file changed on disk (\a removed: it is gone). Given once per new version on disk.
    void changed(const QString &fileName, bool removed);

private:
    void check();
    void watch();

    QString m_fileName;
    FileStamp m_known; ///< the file as loaded, saved, or accepted by Keep Mine
    FileStamp m_reported; ///< the version last reported, so that one change is told once
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    Question m_question;
};

} // namespace causeway
