// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "document.h"
#include "icons.h"
#include "import/importers.h"
#include "import/importplan.h"
#include "labels.h"
#include "time/timedisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace causeway {

namespace {
constexpr int PreviewRows = 200;
}

ImportDialog::ImportDialog(Document *document, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_files(files)
    , m_format(new QComboBox(this))
    , m_zone(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_timeColumn(new QLineEdit(this))
    , m_textColumn(new QLineEdit(this))
    , m_actorColumn(new QLineEdit(this))
    , m_csvOptions(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop Reading"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_skipped(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Events"));
    for (const Importer *importer : allImporters())
        m_format->addItem(importer->description(), importer->name());
    if (!files.isEmpty()) {
        if (const Importer *guess = guessImporter(files.first()))
            m_format->setCurrentIndex(m_format->findData(guess->name()));
    }
    m_zone->setText(document->incident().zone);
    m_zone->setToolTip(
        tr("Times that carry no zone are read in this zone (an IANA id such as Europe/Berlin)."));
    m_year->setRange(1970, 9999);
    const Instant started = document->incident().started;
    m_year->setValue(started.isValid() ? started.toDateTime().date().year() : QDate::currentDate().year());
    m_year->setToolTip(tr("For formats whose timestamps have no year (RFC 3164 syslog)."));

    auto *csvLayout = new QHBoxLayout(m_csvOptions);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    m_timeColumn->setPlaceholderText(tr("time column"));
    m_textColumn->setPlaceholderText(tr("text column"));
    m_actorColumn->setPlaceholderText(tr("actor column (optional)"));
    csvLayout->addWidget(m_timeColumn);
    csvLayout->addWidget(m_textColumn);
    csvLayout->addWidget(m_actorColumn);

    auto *form = new QFormLayout;
    form->addRow(tr("Files:"), new QLabel(files.join(QStringLiteral("\n")), this));
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Zone of times without one:"), m_zone);
    form->addRow(tr("&Year of times without one:"), m_year);
    form->addRow(tr("CSV &columns:"), m_csvOptions);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelReading);

    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({ tr("Time"), tr("Kind"), tr("Actor"), tr("What happened") });
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setReadOnly(true);
    m_skipped->setPlaceholderText(tr("No record was skipped."));
    m_skipped->setMaximumHeight(120);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Events to add (first %1):").arg(PreviewRows), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("Skipped records and why:"), this));
    layout->addWidget(m_skipped);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Events"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : { m_zone, m_timeColumn, m_textColumn, m_actorColumn })
        connect(edit, &QLineEdit::editingFinished, this, &ImportDialog::startReading);
    connect(m_year, &QSpinBox::editingFinished, this, &ImportDialog::startReading);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateOptions();
        startReading();
    });
    resize(900, 640);
    updateOptions();
}

ImportDialog::~ImportDialog()
{
    cancelReading();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

const Importer *ImportDialog::guessImporter(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    for (const Importer *importer : allImporters()) {
        for (const QString &pattern : importer->filePatterns()) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                QRegularExpression::CaseInsensitiveOption);
            if (re.match(name).hasMatch())
                return importer;
        }
    }
    return nullptr;
}

const Importer *ImportDialog::currentImporter() const
{
    return importerNamed(m_format->currentData().toString());
}

void ImportDialog::updateOptions()
{
    m_csvOptions->setEnabled(m_format->currentData().toString() == QLatin1String("csv"));
}

bool ImportDialog::isReading() const
{
    return m_thread && m_thread->isRunning();
}

int ImportDialog::eventsToAdd() const
{
    return m_toAdd.size();
}

void ImportDialog::cancelReading()
{
    if (m_progressState)
        m_progressState->canceled = true;
}

void ImportDialog::startReading()
{
    const Importer *importer = currentImporter();
    if (!importer || m_files.isEmpty())
        return;
    cancelReading();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    ImportOptions options;
    options.zone = m_zone->text().trimmed();
    options.year = m_year->value();
    options.csv.timeColumn = m_timeColumn->text().trimmed();
    options.csv.textColumn = m_textColumn->text().trimmed();
    options.csv.actorColumn = m_actorColumn->text().trimmed();

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary->setText(tr("Reading…"));

    // The state is shared with the reading thread; progress comes back as queued calls.
    auto state = std::make_shared<ImportProgress>();
    m_progressState = state;
    QPointer<ImportDialog> self(this);
    state->onProgress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self && total > 0)
                    self->m_progress->setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
    };
    const QStringList files = m_files;
    m_thread = QThread::create([self, importer, options, files, state] {
        ImportBatch batch;
        QString error;
        for (const QString &file : files) {
            QString fileError;
            if (!importer->read(file, options, batch, *state, &fileError))
                error += fileError + QLatin1Char('\n');
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, batch = std::move(batch), error] {
                if (self)
                    self->showResult(batch, error.trimmed());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportDialog::showResult(const ImportBatch &batch, const QString &error)
{
    m_cancel->setEnabled(false);
    m_progress->setValue(1000);
    ImportPlan plan = planImport(*m_document, batch.events);
    m_duplicates = plan.duplicates;
    m_toAdd = std::move(plan.toAdd);

    QStringList summary;
    if (!error.isEmpty())
        summary << QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(error.toHtmlEscaped());
    summary << tr("<b>%1</b> to add, %2 already in the document, %3 skipped.")
                   .arg(countLabel(int(m_toAdd.size()), tr("1 event"), tr("%1 events")))
                   .arg(countLabel(m_duplicates, tr("1 event"), tr("%1 events")))
                   .arg(countLabel(int(batch.skipped.size()), tr("1 record"), tr("%1 records")));
    for (const QString &assumption : batch.assumptions)
        summary << assumption.toHtmlEscaped();
    m_summary->setText(summary.join(QStringLiteral("<br>")));

    QStringList skipped;
    for (const SkippedRecord &r : batch.skipped)
        skipped << r.toString();
    m_skipped->setPlainText(skipped.join(QLatin1Char('\n')));

    const QByteArray zone = m_document->incident().zone.toUtf8();
    const TimeFormatter formatter(
        TimeDisplay::IncidentZone, zone.isEmpty() ? QTimeZone() : QTimeZone(zone), {});
    // The preview reads as a timeline: the earliest events first, whatever order the file had.
    QVector<int> order(m_toAdd.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [this](int a, int b) { return m_toAdd.at(a).time < m_toAdd.at(b).time; });
    const int rows = qMin(PreviewRows, int(m_toAdd.size()));
    m_preview->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const TimelineEvent &e = m_toAdd.at(order.at(i));
        m_preview->setItem(i, 0, new QTableWidgetItem(formatter.format(e.time)));
        m_preview->setItem(i, 1, new QTableWidgetItem(kindIcon(e.kind), label(e.kind)));
        m_preview->setItem(i, 2, new QTableWidgetItem(e.actor));
        m_preview->setItem(i, 3, new QTableWidgetItem(e.text.section(QLatin1Char('\n'), 0, 0)));
    }
    m_preview->resizeColumnsToContents();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_toAdd.isEmpty());
    Q_EMIT readingFinished();
}

void ImportDialog::apply()
{
    if (m_toAdd.isEmpty())
        return;
    ImportPlan plan;
    plan.toAdd = std::move(m_toAdd);
    m_toAdd.clear();
    const QString source =
        m_files.size() == 1 ? QFileInfo(m_files.first()).fileName() : tr("%1 files").arg(m_files.size());
    applyImport(*m_document, std::move(plan), source);
}

} // namespace causeway
