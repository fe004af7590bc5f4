// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraystream.h"

#include "memorylimits.h"

#include <QCoreApplication>
#include <QIODevice>

namespace causeway {

namespace {
constexpr qint64 ChunkSize = 1 << 16;
/// One element larger than this is refused: no real incident record is, and memory stays bounded.
constexpr int MaxElementSize = int(limits::ImportJsonElement);
} // namespace

JsonArrayStream::JsonArrayStream(QIODevice *device, const QByteArray &key)
    : m_device(device)
    , m_key(key)
{ }

void JsonArrayStream::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = m_line;
    }
    m_done = true;
}

QString JsonArrayStream::error() const
{
    if (m_error.isEmpty())
        return {};
    return QStringLiteral("line %1: %2").arg(m_errorLine).arg(m_error);
}

bool JsonArrayStream::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

bool JsonArrayStream::peek(char *c)
{
    if (!fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

bool JsonArrayStream::skipSpace()
{
    char c;
    while (peek(&c)) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return true;
        if (c == '\n')
            ++m_line;
        ++m_pos;
        ++m_consumed;
    }
    return false;
}

// Reads a string starting at its opening quote; \a out gets its raw bytes without the quotes.
bool JsonArrayStream::readString(QByteArray *out)
{
    char c;
    ++m_pos; // the opening quote
    ++m_consumed;
    bool escaped = false;
    while (peek(&c)) {
        ++m_pos;
        ++m_consumed;
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            return true;
        } else if (c == '\n') {
            ++m_line;
        }
        if (out) {
            out->append(c);
            if (out->size() > MaxElementSize) {
                // Said here: the caller would otherwise report a mere end of file.
                fail(QCoreApplication::translate(
                    "causeway::Import", "a record larger than %1 MiB; expected incident records")
                         .arg(MaxElementSize >> 20));
                return false;
            }
        }
    }
    return false;
}

// Skips one JSON value of any kind, copying its bytes into \a copy when given. The value is
// assumed well-formed; the element's own parser reports its errors.
bool JsonArrayStream::skipValue(QByteArray *copy)
{
    int depth = 0;
    char c;
    if (!skipSpace())
        return false;
    do {
        if (!peek(&c))
            return depth == 0 && copy && !copy->isEmpty();
        if (c == '"') {
            if (copy) {
                copy->append('"');
                if (!readString(copy))
                    return false;
                copy->append('"');
            } else if (!readString(nullptr)) {
                return false;
            }
            continue;
        }
        if (depth == 0 && (c == ',' || c == ']' || c == '}'))
            return true;
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        else if (c == '\n')
            ++m_line;
        if (copy) {
            copy->append(c);
            if (copy->size() > MaxElementSize) {
                fail(QCoreApplication::translate(
                    "causeway::Import", "a record larger than %1 MiB; expected incident records")
                         .arg(MaxElementSize >> 20));
                return false;
            }
        }
        ++m_pos;
        ++m_consumed;
        if (depth == 0 && (c == '}' || c == ']'))
            return true;
    } while (true);
}

bool JsonArrayStream::findArray()
{
    char c;
    if (!skipSpace()) {
        fail(QCoreApplication::translate("causeway::Import", "the file is empty"));
        return false;
    }
    // A UTF-8 byte-order mark, as some Windows tools write, is not part of the JSON.
    if (m_buffer.mid(m_pos, 3) == "\xEF\xBB\xBF") {
        m_pos += 3;
        m_consumed += 3;
        if (!skipSpace()) {
            fail(QCoreApplication::translate("causeway::Import", "the file is empty"));
            return false;
        }
    }
    peek(&c);
    if (m_key.isEmpty()) {
        if (c != '[') {
            fail(QStringLiteral("expected a JSON array"));
            return false;
        }
        ++m_pos;
        ++m_consumed;
        return true;
    }
    if (c != '{') {
        fail(QCoreApplication::translate("causeway::Import", "expected a JSON object with \"%1\"")
                 .arg(QString::fromUtf8(m_key)));
        return false;
    }
    ++m_pos;
    ++m_consumed;
    while (skipSpace()) {
        peek(&c);
        if (c == ',') {
            ++m_pos;
            ++m_consumed;
            continue;
        }
        if (c == '}')
            break;
        if (c != '"') {
            fail(QStringLiteral("expected a key"));
            return false;
        }
        QByteArray key;
        if (!readString(&key) || !skipSpace() || !peek(&c) || c != ':') {
            fail(QStringLiteral("expected \"key\": value"));
            return false;
        }
        ++m_pos;
        ++m_consumed;
        if (key == m_key) {
            if (!skipSpace() || !peek(&c) || c != '[') {
                fail(QCoreApplication::translate("causeway::Import", "expected an array under \"%1\"")
                         .arg(QString::fromUtf8(m_key)));
                return false;
            }
            ++m_pos;
            ++m_consumed;
            return true;
        }
        if (!skipValue(nullptr)) {
            fail(QCoreApplication::translate("causeway::Import", "the file ends inside the value of \"%1\"")
                     .arg(QString::fromUtf8(key)));
            return false;
        }
    }
    fail(QCoreApplication::translate("causeway::Import", "no \"%1\" array in the file")
             .arg(QString::fromUtf8(m_key)));
    return false;
}

bool JsonArrayStream::next(QByteArray *element, qint64 *line)
{
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        if (!findArray())
            return false;
        m_inArray = true;
    }
    char c;
    if (!skipSpace()) {
        fail(QCoreApplication::translate(
            "causeway::Import", "the file ends inside the array; expected \"]\""));
        return false;
    }
    peek(&c);
    if (c == ']') {
        m_done = true;
        return false;
    }
    if (!m_firstElement) {
        if (c != ',') {
            fail(QCoreApplication::translate("causeway::Import", "expected \",\" or \"]\" between records"));
            return false;
        }
        ++m_pos;
        ++m_consumed;
        if (!skipSpace()) {
            fail(QCoreApplication::translate(
                "causeway::Import", "the file ends inside the array; expected \"]\""));
            return false;
        }
    }
    peek(&c);
    if (c == ',' || c == ']' || c == '}') {
        // `[1,]` or `[,1]`: a missing element, not a file that ends early.
        fail(QStringLiteral("expected a record, got \"%1\"").arg(QLatin1Char(c)));
        return false;
    }
    m_firstElement = false;
    *line = m_line;
    element->clear();
    if (!skipValue(element) || element->isEmpty()) {
        fail(QCoreApplication::translate("causeway::Import", "the file ends inside a record"));
        return false;
    }
    return true;
}

} // namespace causeway
