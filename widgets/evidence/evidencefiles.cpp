// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencefiles.h"

#include "evidencelanguage.h"
#include "textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EvidenceFiles", text);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

/// "image/png", "image/jpeg", or "" when the bytes start like neither.
QString imageTypeOf(const QByteArray &head)
{
    if (head.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return QStringLiteral("image/png");
    if (head.startsWith(QByteArray("\xff\xd8\xff", 3)))
        return QStringLiteral("image/jpeg");
    return QString();
}

EvidenceFromSource failure(const QString &message)
{
    EvidenceFromSource result;
    result.error = message;
    return result;
}

} // namespace

EvidenceFromSource evidenceFromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return failure(tr("%1 does not exist.").arg(name));
    if (info.isDir())
        return failure(tr("%1 is a folder; expected a text file or a PNG or JPEG image.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1 cannot be read: %2").arg(name, file.errorString()));

    const QByteArray head = file.peek(16);
    const QString imageType = imageTypeOf(head);
    const qint64 size = file.size();
    if (!imageType.isEmpty()) {
        if (size > MaxImageEvidenceBytes)
            return failure(tr("%1 is an image of %2; images up to %3 can be evidence.")
                               .arg(name, sizeText(size), sizeText(MaxImageEvidenceBytes)));
        const QByteArray data = file.readAll();
        if (QImage::fromData(data).isNull())
            return failure(tr("%1 starts like a %2 image but cannot be decoded as one.")
                               .arg(name,
                                   imageType == QLatin1String("image/png") ? QStringLiteral("PNG")
                                                                           : QStringLiteral("JPEG")));
        Evidence e;
        e.kind = EvidenceKind::Image;
        e.title = info.fileName();
        e.fileName = info.fileName();
        e.mediaType = imageType;
        e.data = data;
        return EvidenceFromSource { e, QString() };
    }
    if (size > MaxTextEvidenceBytes)
        return failure(tr("%1 is %2; text evidence is an excerpt of up to %3. Import a whole log with "
                          "File > Import Events, or attach the part that matters.")
                           .arg(name, sizeText(size), sizeText(MaxTextEvidenceBytes)));
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return failure(tr("%1 is a binary file; expected text (UTF-8) or a PNG or JPEG image.").arg(name));
    const std::optional<QString> text = decodeUtf8Strict(bytes);
    if (!text)
        return failure(tr("%1 is not UTF-8 text; expected text (UTF-8) or a PNG or JPEG image.").arg(name));

    Evidence e;
    e.kind = EvidenceKind::Text;
    e.title = info.fileName();
    e.fileName = info.fileName();
    e.text = *text;
    e.language = languageForFileName(info.fileName());
    if (e.language.isEmpty())
        e.language = guessLanguage(e.text);
    return EvidenceFromSource { e, QString() };
}

Evidence evidenceFromText(const QString &text)
{
    Evidence e;
    e.kind = EvidenceKind::Text;
    e.text = text;
    e.language = guessLanguage(text);
    // The first line that says something names the item; the user renames it when it does not.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty() && simplified != QLatin1String("{") && simplified != QLatin1String("[") &&
            simplified != QLatin1String("---")) {
            e.title = simplified.left(80);
            break;
        }
    }
    return e;
}

EvidenceFromSource evidenceFromImage(const QImage &image)
{
    if (image.isNull())
        return failure(tr("The pasted picture is empty."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return failure(tr("The pasted picture cannot be stored as PNG."));
    if (png.size() > MaxImageEvidenceBytes)
        return failure(tr("The pasted picture is %1 as PNG; images up to %2 can be evidence.")
                           .arg(sizeText(png.size()), sizeText(MaxImageEvidenceBytes)));
    Evidence e;
    e.kind = EvidenceKind::Image;
    e.title = tr("Pasted image");
    e.mediaType = QStringLiteral("image/png");
    e.data = png;
    return EvidenceFromSource { e, QString() };
}

QVector<EvidenceFromSource> evidenceFromMimeData(const QMimeData &mime)
{
    QVector<EvidenceFromSource> results;
    if (mime.hasUrls()) {
        for (const QUrl &url : mime.urls()) {
            if (url.isLocalFile())
                results.append(evidenceFromFile(url.toLocalFile()));
            else
                results.append(failure(tr("%1 is not a local file; download it first, then attach it.")
                                           .arg(url.toDisplayString())));
        }
        if (!results.isEmpty())
            return results;
    }
    if (mime.hasImage()) {
        results.append(evidenceFromImage(qvariant_cast<QImage>(mime.imageData())));
        return results;
    }
    if (mime.hasText() && !mime.text().trimmed().isEmpty())
        results.append(EvidenceFromSource { evidenceFromText(mime.text()), QString() });
    return results;
}

bool canMakeEvidence(const QMimeData &mime)
{
    return mime.hasUrls() || mime.hasImage() || (mime.hasText() && !mime.text().trimmed().isEmpty());
}

} // namespace causeway
