// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace causeway {

class Document;

/**
 * Import events from a file: choose the format and options, read the file in the background
 * (with progress and cancel; the window stays responsive), preview what will be added, which
 * records are skipped and why, and which zone was assumed, then add them as one undo step.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Document *document, const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The importer that fits \a file best by its name, or null.
    static const Importer *guessImporter(const QString &file);

    /// Starts reading with the current settings (also called when a setting changes).
    void startReading();
    /// True while a file is being read in the background.
    bool isReading() const;
    /// What the last read produced; for tests.
    int eventsToAdd() const;
    int duplicates() const { return m_duplicates; }
    /// Adds the previewed events to the document (the OK button).
    void apply();

Q_SIGNALS:
    void readingFinished();

private:
    void cancelReading();
    void showResult(const ImportBatch &batch, const QString &error);
    const Importer *currentImporter() const;
    void updateOptions();

    Document *m_document;
    QStringList m_files;
    QComboBox *m_format;
    QLineEdit *m_zone;
    QSpinBox *m_year;
    QLineEdit *m_timeColumn;
    QLineEdit *m_textColumn;
    QLineEdit *m_actorColumn;
    QWidget *m_csvOptions;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QPlainTextEdit *m_skipped;
    QDialogButtonBox *m_buttons;

    QThread *m_thread = nullptr;
    std::shared_ptr<ImportProgress> m_progressState;
    QVector<TimelineEvent> m_toAdd;
    int m_duplicates = 0;
};

} // namespace causeway
