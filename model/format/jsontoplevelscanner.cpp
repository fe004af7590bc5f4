// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontoplevelscanner.h"

#include <QIODevice>

namespace causeway {

namespace {
constexpr qint64 ChunkSize = 1 << 16;

bool isSpace(char c)
{
    // JSON's four white-space characters, exactly those the Qt parser skips
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

JsonTopLevelScanner::JsonTopLevelScanner(QIODevice *device, qint64 maxPiece)
    : m_device(device)
    , m_maxPiece(maxPiece)
{ }

bool JsonTopLevelScanner::fail()
{
    m_failed = true;
    return false;
}

// Checked as a piece grows, so that a 2 GB string stops at the limit, not at the end of memory.
bool JsonTopLevelScanner::grew(const QByteArray &piece)
{
    if (piece.size() <= m_maxPiece)
        return true;
    m_tooLarge = true;
    return fail();
}

bool JsonTopLevelScanner::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

bool JsonTopLevelScanner::skipSpace()
{
    while (fill()) {
        if (!isSpace(m_buffer.at(m_pos)))
            return true;
        ++m_pos;
    }
    return false;
}

bool JsonTopLevelScanner::begin()
{
    if (!skipSpace() || m_buffer.at(m_pos) != '{')
        return fail();
    ++m_pos;
    m_arrayDepth = 1;
    return true;
}

// A string from its opening quote to its closing one, both included.
bool JsonTopLevelScanner::readString(QByteArray *out)
{
    bool escaped = false;
    out->append('"');
    ++m_pos;
    while (fill()) {
        const char c = m_buffer.at(m_pos++);
        out->append(c);
        if ((out->size() & 0xffff) == 0 && !grew(*out))
            return false;
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            return true;
    }
    return fail();
}

bool JsonTopLevelScanner::nextKey(QByteArray *key)
{
    if (m_failed || !skipSpace())
        return fail();
    char c = m_buffer.at(m_pos);
    if (c == '}' && m_firstMember) {
        ++m_pos;
        return false;
    }
    if (!m_firstMember) {
        if (c == '}') {
            ++m_pos;
            return false;
        }
        if (c != ',')
            return fail();
        ++m_pos;
        if (!skipSpace())
            return fail();
        c = m_buffer.at(m_pos);
    }
    m_firstMember = false;
    if (c != '"' || !readString(key) || !skipSpace() || m_buffer.at(m_pos) != ':')
        return fail();
    ++m_pos;
    return skipSpace() || fail();
}

bool JsonTopLevelScanner::atArray()
{
    return !m_failed && fill() && m_buffer.at(m_pos) == '[';
}

void JsonTopLevelScanner::beginArray()
{
    ++m_pos;
    m_arrayDepth = 2;
    m_firstElement = true;
}

bool JsonTopLevelScanner::nextElement(QByteArray *out)
{
    if (m_failed || !skipSpace())
        return fail();
    const char c = m_buffer.at(m_pos);
    if (c == ']') {
        ++m_pos;
        m_arrayDepth = 1;
        return false;
    }
    if (!m_firstElement) {
        if (c != ',')
            return fail();
        ++m_pos;
    }
    m_firstElement = false;
    return readRaw(out);
}

bool JsonTopLevelScanner::readValue(QByteArray *out)
{
    return !m_failed && readRaw(out);
}

// Copies one value's bytes, up to the "," or closing bracket that ends it (not included). The
// value is not checked: only strings and nesting are followed, to find where it ends.
bool JsonTopLevelScanner::readRaw(QByteArray *out)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    while (fill()) {
        const char *data = m_buffer.constData();
        const int size = int(m_buffer.size());
        int i = m_pos;
        bool ended = false;
        for (; i < size; ++i) {
            const char c = data[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth + m_arrayDepth > MaxDepth)
                    return fail();
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    ended = true;
                    break;
                }
                --depth;
            } else if (c == ',' && depth == 0) {
                ended = true;
                break;
            }
        }
        out->append(data + m_pos, i - m_pos);
        m_pos = i;
        if (!grew(*out))
            return false;
        if (ended)
            return true;
    }
    return fail(); // the file ends inside the top-level object
}

bool JsonTopLevelScanner::finish()
{
    if (m_failed)
        return false;
    if (skipSpace())
        return fail();
    return true;
}

} // namespace causeway
