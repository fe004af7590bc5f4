// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QString>

#include <optional>

class QImage;
class QMimeData;

namespace causeway {

/// Larger text files are not evidence excerpts but whole logs: import those, or cut an excerpt.
constexpr qint64 MaxTextEvidenceBytes = 5 * 1024 * 1024;
/// Screenshots and dashboard captures; anything larger bloats the document.
constexpr qint64 MaxImageEvidenceBytes = 10 * 1024 * 1024;

/// An evidence item made from a file, a paste or a drop, or why it could not be made.
struct EvidenceFromSource
{
    std::optional<Evidence> evidence;
    QString error; ///< names the file and what was expected; empty on success
};

/**
 * Reads the file at \a path as evidence: UTF-8 text up to MaxTextEvidenceBytes becomes text
 * evidence with the file's name, its title and the language of its name (or guessed from the
 * text); a PNG or JPEG image becomes image evidence. Anything else (too large, unreadable, binary
 * but not an image, not UTF-8) gives an error that names the file.
 */
EvidenceFromSource evidenceFromFile(const QString &path);
/// Pasted text as evidence, with a guessed language; its first line is the title.
Evidence evidenceFromText(const QString &text);
/// A pasted picture as PNG image evidence.
EvidenceFromSource evidenceFromImage(const QImage &image);
/**
 * Everything in \a mime that can be evidence: local files (each read with evidenceFromFile),
 * else an image, else text. Errors of single files do not stop the others.
 */
QVector<EvidenceFromSource> evidenceFromMimeData(const QMimeData &mime);
/// Whether \a mime holds something evidenceFromMimeData() would take (for drag and paste).
bool canMakeEvidence(const QMimeData &mime);

} // namespace causeway
