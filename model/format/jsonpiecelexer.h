// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace causeway {

/**
 * Reads the tokens of one piece of a .causeway file (a list element, as JsonTopLevelScanner hands
 * it out) for the reader's fast path (Reader::plainEvent).
 *
 * It is a fast path, not a parser of its own: each call accepts only what it is sure is valid JSON
 * and reads it exactly as QJsonDocument does. Anything else (a syntax error, a \u escape of a
 * surrogate, a non-character, a number other than a plain integer of up to 15 digits, a key with
 * escapes or non-ASCII) makes it return false, and the caller takes the slow path, whose messages
 * say exactly what is wrong and where.
 */
class JsonPieceLexer
{
public:
    JsonPieceLexer(const char *data, qsizetype size)
        : m_p(data)
        , m_end(data + size)
    { }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    /// After white space: true at the end of the piece.
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    /// After white space: takes \a c if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    /// After white space: "null".
    bool null();
    /// After white space: a string of printable ASCII without escapes (a key, a name, a time), as
    /// the bytes between its quotes.
    bool plainString(const char **begin, qsizetype *size);
    /// After white space: any string QJsonDocument would read the same way, decoded.
    bool string(QString *out);
    /// After white space: -?(0|[1-9][0-9]*) of at most 15 digits, without fraction or exponent.
    bool integer(qint64 *out);

private:
    bool skipUtf8Sequence();
    bool hex4(char16_t *unit);
    bool escapedString(const char *begin, QString *out);

    const char *m_p;
    const char *m_end;
};

} // namespace causeway
