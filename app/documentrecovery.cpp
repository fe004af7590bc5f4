// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrecovery.h"

#include "document.h"
#include "recovery/recoveryjournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUuid>

namespace causeway {

namespace {

const QString registryKey = QStringLiteral("recovery/journals");

QStringList registry()
{
    return QSettings().value(registryKey).toStringList();
}

void setRegistry(const QStringList &journals)
{
    QSettings().setValue(registryKey, journals);
}

// Beside the document when its folder can be written, else in the user's recovery folder.
QString journalPathFor(const QString &documentFile)
{
    if (documentFile.isEmpty()) {
        return QDir(RecoveryJournal::recoveryFolder())
            .filePath(QStringLiteral("untitled-%1.recovery")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    if (QFileInfo(QFileInfo(documentFile).absolutePath()).isWritable())
        return RecoveryJournal::pathBeside(documentFile);
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(documentFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(16);
    return QDir(RecoveryJournal::recoveryFolder())
        .filePath(QString::fromLatin1(hash) + QStringLiteral(".recovery"));
}

bool hasEdits(const QString &journal)
{
    // The header is one line; any further line is an edit.
    QFile file(journal);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.readLine();
    return !file.atEnd();
}

} // namespace

DocumentRecovery::DocumentRecovery(QObject *parent)
    : QObject(parent)
{ }

DocumentRecovery::~DocumentRecovery() = default;

void DocumentRecovery::follow(Document *document)
{
    stop();
    m_document = document;
    // A document read from its file starts from that file; anything else (new, the sample, a
    // restored document) from a snapshot of itself.
    start(document->fileName().isEmpty() || document->isModified());
}

void DocumentRecovery::protectNow()
{
    if (m_journal)
        m_journal->writeNow();
}

void DocumentRecovery::saved()
{
    if (!m_document)
        return;
    stop();
    start(false);
}

void DocumentRecovery::start(bool snapshot)
{
    const QString path = journalPathFor(m_document->fileName());
    m_journal = std::make_unique<RecoveryJournal>(m_document, path);
    connect(m_journal.get(), &RecoveryJournal::failed, this, &DocumentRecovery::problem);
    QString error;
    if (!m_journal->start(m_document->fileName(), snapshot, &error)) {
        m_journal.reset();
        Q_EMIT problem(error);
        return;
    }
    QStringList journals = registry();
    if (!journals.contains(path)) {
        journals.append(path);
        setRegistry(journals);
    }
}

void DocumentRecovery::stop()
{
    if (!m_journal)
        return;
    const QString path = m_journal->path();
    m_journal->discard();
    m_journal.reset();
    QStringList journals = registry();
    journals.removeAll(path);
    setRegistry(journals);
}

QString DocumentRecovery::currentJournal() const
{
    return m_journal ? m_journal->path() : QString();
}

QStringList DocumentRecovery::pendingJournals() const
{
    QStringList pending;
    QStringList journals = registry();
    for (const QString &journal : registry()) {
        if (journal == currentJournal())
            continue;
        if (!QFile::exists(journal)) {
            journals.removeAll(journal);
            continue;
        }
        // A journal without an edit protects nothing: it goes quietly.
        if (!hasEdits(journal)) {
            QFile::remove(journal);
            journals.removeAll(journal);
            continue;
        }
        pending.append(journal);
    }
    setRegistry(journals);
    return pending;
}

QString DocumentRecovery::journalFor(const QString &documentFile)
{
    const QString beside = RecoveryJournal::pathBeside(documentFile);
    if (QFile::exists(beside) && hasEdits(beside))
        return beside;
    for (const QString &journal : registry()) {
        if (QFile::exists(journal) && hasEdits(journal) &&
            inspectJournal(journal).baseFile == QFileInfo(documentFile).absoluteFilePath())
            return journal;
    }
    return {};
}

void DocumentRecovery::discardJournal(const QString &journal)
{
    QFile::remove(journal);
    QStringList journals = registry();
    journals.removeAll(journal);
    setRegistry(journals);
}

int askToRestore(QWidget *parent, const QString &journal)
{
    const JournalInfo info = inspectJournal(journal);
    const QString what = info.baseFile.isEmpty()
        ? QCoreApplication::translate("causeway::DocumentRecovery", "an unsaved post-mortem")
        : QStringLiteral("<b>%1</b>").arg(QFileInfo(info.baseFile).fileName().toHtmlEscaped());
    QMessageBox box(QMessageBox::Question,
        QCoreApplication::translate("causeway::DocumentRecovery", "Restore Unsaved Changes?"),
        QCoreApplication::translate("causeway::DocumentRecovery",
            "<p>Causeway stopped before the changes to %1 were saved. They were kept, up to the last edit "
            "(%2).</p><p>Restore them?</p>")
            .arg(what, QLocale().toString(info.lastWritten, QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(
        QCoreApplication::translate("causeway::DocumentRecovery", "&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard =
        box.addButton(QCoreApplication::translate("causeway::DocumentRecovery", "&Discard Changes"),
            QMessageBox::DestructiveRole);
    box.addButton(
        QCoreApplication::translate("causeway::DocumentRecovery", "&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setInformativeText(
        QCoreApplication::translate("causeway::DocumentRecovery", "Not Now keeps them for the next start."));
    box.exec();
    if (box.clickedButton() == restore)
        return 1;
    return box.clickedButton() == discard ? 0 : -1;
}

} // namespace causeway
