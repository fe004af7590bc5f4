// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/markdownexporter.h"
#include "export/redaction.h"
#include "exporters.h"
#include "pdfexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace causeway {

ExportDialog::ExportDialog(DocumentContent content, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_content(std::move(content))
{
    setWindowTitle(tr("Export Post-Mortem"));

    m_format = new QComboBox;
    const ExporterRegistry &registry = exporterRegistry();
    const QStringList suffixes = registry.suffixes();
    const QStringList filters = registry.filters();
    for (int i = 0; i < suffixes.size(); ++i)
        m_format->addItem(filters.at(i), suffixes.at(i));

    m_internal = new QRadioButton(tr("&Internal: everything, with names"));
    m_leadership =
        new QRadioButton(tr("&Leadership: roles instead of names, no raw evidence or private notes"));
    m_internal->setChecked(true);
    m_anonymize = new QCheckBox(tr("&Anonymise: roles instead of names"));
    auto *audienceBox = new QGroupBox(tr("Audience"));
    auto *audienceLayout = new QVBoxLayout(audienceBox);
    audienceLayout->addWidget(m_internal);
    audienceLayout->addWidget(m_leadership);
    audienceLayout->addWidget(m_anonymize);

    m_pageSize = new QComboBox;
    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(PageSize::Letter));
    // US Letter where the locale measures in inches.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    m_path = new QLineEdit(suggestedPath);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(audienceBox);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("Save to:"), pathRow);

    m_pagePreview = new QLabel;
    m_pagePreview->setAlignment(Qt::AlignCenter);
    m_pagePreview->setMinimumSize(320, 450);
    m_pagePreview->setFrameShape(QFrame::StyledPanel);
    m_pagePreview->setAccessibleName(tr("Preview of the first page"));
    m_textPreview = new QPlainTextEdit;
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = new QStackedWidget;
    m_preview->addWidget(m_pagePreview);
    m_preview->addWidget(m_textPreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::formatChanged);
    for (QRadioButton *b : { m_internal, m_leadership })
        connect(b, &QRadioButton::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_anonymize, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_pageSize, qOverload<int>(&QComboBox::currentIndexChanged), m_previewTimer,
        qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    const int fromPath = m_format->findData(QFileInfo(suggestedPath).suffix().toLower());
    m_format->setCurrentIndex(fromPath >= 0 ? fromPath : 0);
    formatChanged();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.audience = m_leadership->isChecked() ? Audience::Leadership : Audience::Internal;
    o.anonymize = m_anonymize->isChecked();
    o.pageSize = PageSize(m_pageSize->currentData().toInt());
    return o;
}

QString ExportDialog::fileName() const
{
    return m_path->text().trimmed();
}

const Exporter *ExportDialog::exporter() const
{
    return exporterRegistry().forFileName(QStringLiteral("x.") + m_format->currentData().toString());
}

void ExportDialog::formatChanged()
{
    const QString suffix = m_format->currentData().toString();
    m_pageSize->setEnabled(suffix == QLatin1String("pdf"));
    // Keep the chosen name and folder; follow the format with the suffix.
    QString path = fileName();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        path = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
        m_path->setText(QDir::toNativeSeparators(path));
    }
    updatePreview();
}

void ExportDialog::browse()
{
    const Exporter *e = exporter();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export To"), fileName(), e ? e->filter() : QString());
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updatePreview()
{
    const ExportOptions o = options();
    const QString suffix = m_format->currentData().toString();
    if (suffix == QLatin1String("pdf")) {
        const auto *pdf = static_cast<const PdfExporter *>(exporter());
        // The whole page, as large as the preview allows, sharp on high-DPI screens.
        const qreal ratio = devicePixelRatioF();
        const QSize room = m_pagePreview->contentsRect().size() - QSize(8, 8);
        const qreal aspect = o.pageSize == PageSize::Letter ? 11.0 / 8.5 : 297.0 / 210.0;
        const int width = qMax(100, qMin(room.width(), int(room.height() / aspect)));
        const QImage page = pdf->firstPage(redactedFor(m_content, o), o, int(width * ratio));
        QPixmap pixmap = QPixmap::fromImage(page);
        pixmap.setDevicePixelRatio(ratio);
        m_pagePreview->setPixmap(pixmap);
        m_preview->setCurrentWidget(m_pagePreview);
    } else if (suffix == QLatin1String("md")) {
        m_textPreview->setPlainText(MarkdownExporter::render(redactedFor(m_content, o), o));
        m_preview->setCurrentWidget(m_textPreview);
    } else {
        m_pagePreview->setText(tr("No preview for this format."));
        m_preview->setCurrentWidget(m_pagePreview);
    }
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_previewTimer->start();
}

bool ExportDialog::exportNow()
{
    const Exporter *e = exporter();
    if (!e || fileName().isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose a file to export to."));
        return false;
    }
    QString error;
    if (!exportTo(m_content, options(), *e, fileName(), &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return false;
    }
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace causeway
