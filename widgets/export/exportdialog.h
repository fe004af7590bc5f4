// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "export/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace causeway {

class Exporter;

/**
 * File > Export: the format, the audience (internal or leadership, or anonymised), the page size,
 * where to write, and a preview of what the reader will see (the PDF's first page, the start of the
 * Markdown) that follows every choice.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(DocumentContent content, const QString &suggestedPath, QWidget *parent = nullptr);

    ExportOptions options() const;
    QString fileName() const;
    /// Writes the export; on failure says why in a message box and returns false.
    bool exportNow();

    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    const Exporter *exporter() const;
    void formatChanged();
    void browse();
    void updatePreview();

    DocumentContent m_content;
    QComboBox *m_format;
    QRadioButton *m_internal;
    QRadioButton *m_leadership;
    QCheckBox *m_anonymize;
    QComboBox *m_pageSize;
    QLineEdit *m_path;
    QStackedWidget *m_preview;
    QLabel *m_pagePreview;
    QPlainTextEdit *m_textPreview;
    QTimer *m_previewTimer;
};

} // namespace causeway
