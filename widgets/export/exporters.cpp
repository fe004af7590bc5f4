// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter registry: add a format by adding its class to allExporters().
#include "exporter.h"

#include "diagram/diagramexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace causeway {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Exporters", text);
}

bool saveBytes(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    return true;
}

class SvgExporter : public Exporter
{
public:
    QString extension() const override { return QStringLiteral("svg"); }
    QString description() const override { return tr("Causal diagram as SVG"); }
    bool write(const Document &document, const QString &fileName, QString *error) const override
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writeDiagramSvg(document, &buffer)) {
            if (error)
                *error = tr("Cannot draw the diagram as SVG for %1").arg(QDir::toNativeSeparators(fileName));
            return false;
        }
        return saveBytes(buffer.data(), fileName, error);
    }
};

class PngExporter : public Exporter
{
public:
    QString extension() const override { return QStringLiteral("png"); }
    QString description() const override { return tr("Causal diagram as PNG (twice the on-screen size)"); }
    bool write(const Document &document, const QString &fileName, QString *error) const override
    {
        const QImage image = renderDiagramImage(document, 2.0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (image.isNull() || !writer.write(image)) {
            if (error) {
                *error = tr("Cannot draw the diagram as PNG for %1: %2")
                             .arg(QDir::toNativeSeparators(fileName),
                                 image.isNull() ? tr("the picture is too large") : writer.errorString());
            }
            return false;
        }
        return saveBytes(buffer.data(), fileName, error);
    }
};
} // namespace

const QVector<const Exporter *> &allExporters()
{
    static const SvgExporter svg;
    static const PngExporter png;
    static const QVector<const Exporter *> exporters = { &svg, &png };
    return exporters;
}

const Exporter *exporterForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const Exporter *e : allExporters()) {
        if (e->extension() == suffix)
            return e;
    }
    return nullptr;
}

} // namespace causeway
