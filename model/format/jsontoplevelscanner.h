// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace causeway {

/**
 * Walks the top-level JSON object of a file in chunks, without building a DOM of the whole file:
 * for each member it hands out the raw key and either the raw bytes of the value or, for an
 * array the caller chooses to stream, the raw bytes of one element at a time. Each piece is then
 * parsed on its own, so memory stays at one piece plus a read buffer.
 *
 * It checks only the object's own punctuation; the pieces are assumed to be checked by their
 * parser. Any problem makes it stop with failed() set: the caller then reads the file again with
 * a full parser, which says exactly what is wrong and where.
 */
class JsonTopLevelScanner
{
public:
    /// Deeper nesting than this anywhere fails, so that a piece never parses alone when the
    /// whole file would exceed the JSON parser's own nesting limit.
    static constexpr int MaxDepth = 512;

    /// Reads \a device; a key or value longer than \a maxPiece bytes fails with tooLarge() set.
    explicit JsonTopLevelScanner(QIODevice *device, qint64 maxPiece);

    /// Enters the top-level object; false when the file does not start with one.
    bool begin();
    /// Appends the next member's raw key (with its quotes) to \a key; false after the last member
    /// or on failure. On success the value comes next: readValue() or beginArray().
    bool nextKey(QByteArray *key);
    /// Whether the value after the key just read is an array.
    bool atArray();
    /// Appends the raw bytes of the value after the key just read to \a out.
    bool readValue(QByteArray *out);
    /// Enters the array after the key just read (atArray() must be true).
    void beginArray();
    /// Appends the next element's raw bytes to \a out; false after the last one or on failure.
    bool nextElement(QByteArray *out);
    /// After the last member: true when nothing but white space follows the object.
    bool finish();

    bool failed() const { return m_failed; }
    /// Whether it stopped at a piece larger than the limit: reading the file whole would not help.
    bool tooLarge() const { return m_tooLarge; }

private:
    bool fill();
    bool skipSpace();
    bool readString(QByteArray *out);
    bool readRaw(QByteArray *out);
    bool fail();
    bool grew(const QByteArray &piece);

    QIODevice *m_device;
    QByteArray m_buffer;
    int m_pos = 0;
    int m_arrayDepth = 0; // 2 inside a streamed array, 1 in the object: for MaxDepth
    bool m_firstMember = true;
    bool m_firstElement = true;
    bool m_failed = false;
    bool m_tooLarge = false;
    qint64 m_maxPiece;
};

} // namespace causeway
