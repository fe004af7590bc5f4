// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acknowledgement.h"
#include "entities.h"

#include <QByteArray>

class QIODevice;

namespace causeway {

class Document;

/// The current .causeway format version: what this program writes, and the newest it reads.
constexpr int CurrentFormatVersion = 1;

/// Writes \a document as a .causeway file (docs/file-format.md). False when the device failed.
bool writeDocument(const Document &document, QIODevice *device);

/// The bytes writeDocument() would write: for tests and for comparing states.
QByteArray serializeDocument(const Document &document);

/**
 * One element of a document's list (a person, an event, a node, ...) or its incident, written as
 * it stands in a file: for the recovery journal, which records edits one entity at a time.
 */
template<class T>
QByteArray serializeEntity(const T &value);

} // namespace causeway
