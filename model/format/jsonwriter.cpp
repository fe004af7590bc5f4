// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace causeway {

namespace {
constexpr int FlushThreshold = 1 << 16;
const char HexDigits[] = "0123456789abcdef";
} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold * 2);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    m_buffer += level.count++ > 0 ? ",\n" : "\n";
    m_buffer += QByteArray(4 * m_levels.size(), ' ');
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buffer += '{';
    m_levels.append({ true, 0 });
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += '[';
    m_levels.append({ false, 0 });
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (level.count > 0) {
        m_buffer += '\n';
        m_buffer += QByteArray(4 * m_levels.size(), ' ');
    }
    m_buffer += '}';
    if (m_levels.isEmpty())
        m_buffer += '\n';
    flushIfLarge();
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (level.count > 0) {
        m_buffer += '\n';
        m_buffer += QByteArray(4 * m_levels.size(), ' ');
    }
    m_buffer += ']';
    flushIfLarge();
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    m_buffer += '"';
    m_buffer += name;
    m_buffer += "\": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendEscaped(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    beforeValue();
    // JSON has no NaN or infinity; the model never stores them, so this is only a safety net.
    if (!std::isfinite(number))
        number = 0;
    m_buffer += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_buffer += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer += "null";
}

void JsonWriter::inlineArray(const QStringList &texts)
{
    beforeValue();
    m_buffer += '[';
    for (int i = 0; i < texts.size(); ++i) {
        if (i > 0)
            m_buffer += ", ";
        appendEscaped(texts.at(i));
    }
    m_buffer += ']';
}

void JsonWriter::inlineArray(const QVector<quint64> &numbers)
{
    beforeValue();
    m_buffer += '[';
    for (int i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            m_buffer += ", ";
        m_buffer += QByteArray::number(numbers.at(i));
    }
    m_buffer += ']';
}

void JsonWriter::appendEscaped(const QString &text)
{
    m_buffer += '"';
    int plainStart = 0;
    const int n = text.size();
    const QChar *data = text.constData();
    for (int i = 0; i < n; ++i) {
        const ushort c = data[i].unicode();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_buffer += QStringView(data + plainStart, i - plainStart).toUtf8();
        plainStart = i + 1;
        switch (c) {
        case '"':
            m_buffer += "\\\"";
            break;
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        case '\b':
            m_buffer += "\\b";
            break;
        case '\f':
            m_buffer += "\\f";
            break;
        default:
            m_buffer += "\\u00";
            m_buffer += HexDigits[(c >> 4) & 0xf];
            m_buffer += HexDigits[c & 0xf];
        }
    }
    m_buffer += QStringView(data + plainStart, n - plainStart).toUtf8();
    m_buffer += '"';
}

void JsonWriter::flushIfLarge()
{
    if (m_buffer.size() >= FlushThreshold)
        finish();
}

bool JsonWriter::finish()
{
    if (!m_buffer.isEmpty() && !m_error) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_error = true;
    }
    m_buffer.clear();
    return !m_error;
}

} // namespace causeway
