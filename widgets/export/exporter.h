// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace causeway {

class Document;

/**
 * One output format of `causeway export` and File > Export, chosen by the output file's extension.
 * Exporters write the whole file or nothing (a failed export leaves no half-written file).
 */
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// The file extension, lower case without the dot ("svg").
    virtual QString extension() const = 0;
    /// What the file holds, for help texts and file dialogs ("Causal diagram as SVG").
    virtual QString description() const = 0;
    /**
     * Writes \a document to \a fileName. On failure returns false and sets \a error to a sentence
     * that names the file and what went wrong.
     */
    virtual bool write(const Document &document, const QString &fileName, QString *error) const = 0;
};

/// Every exporter, in the order help texts list them.
const QVector<const Exporter *> &allExporters();
/// The exporter for \a fileName's extension (case-insensitive), or null when there is none.
const Exporter *exporterForFile(const QString &fileName);

} // namespace causeway
