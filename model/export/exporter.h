// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "exportoptions.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace causeway {

/**
 * One export format. The app's File > Export and `causeway export` both go through exportTo(), which
 * redacts the content for the audience first, so no exporter can forget to hide a name.
 */
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// The file name suffix that selects this exporter ("md", "pdf", "svg").
    virtual QString suffix() const = 0;
    /// For file dialogs: "Markdown post-mortem (*.md)".
    virtual QString filter() const = 0;
    /// Writes \a content, already redacted for \a options' audience; false with \a error on failure.
    virtual bool write(const DocumentContent &content, const ExportOptions &options, QIODevice *device,
        QString *error) const = 0;
};

/// The exporters a program knows; the app adds those that paint (PDF, SVG, PNG) to the model's own.
class ExporterRegistry
{
public:
    void add(std::unique_ptr<Exporter> exporter);
    /// The exporter for \a fileName's suffix (case-insensitive), or null.
    const Exporter *forFileName(const QString &fileName) const;
    QStringList suffixes() const;
    QStringList filters() const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

/**
 * Redacts \a content for \a options and writes it with \a exporter to \a fileName atomically: a
 * failed export leaves any existing file as it was. On failure \a error says what went wrong.
 */
bool exportTo(const DocumentContent &content, const ExportOptions &options, const Exporter &exporter,
    const QString &fileName, QString *error);

} // namespace causeway
