// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpiecelexer.h"

#include <cstring>

namespace causeway {

namespace {
constexpr int MaxDigits = 15; // every integer of up to 15 digits is exact as a double too
} // namespace

bool JsonPieceLexer::null()
{
    skipSpace();
    if (m_end - m_p < 4 || std::memcmp(m_p, "null", 4) != 0)
        return false;
    m_p += 4;
    return true;
}

bool JsonPieceLexer::plainString(const char **begin, qsizetype *size)
{
    skipSpace();
    if (m_p == m_end || *m_p != '"')
        return false;
    const char *start = ++m_p;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            *begin = start;
            *size = m_p - start;
            ++m_p;
            return true;
        }
        if (c == '\\' || c < 0x20 || c > 0x7e)
            return false;
        ++m_p;
    }
    return false;
}

bool JsonPieceLexer::integer(qint64 *out)
{
    skipSpace();
    const bool negative = m_p < m_end && *m_p == '-';
    if (negative)
        ++m_p;
    const char *digits = m_p;
    qint64 n = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        n = n * 10 + (*m_p - '0');
        ++m_p;
        if (m_p - digits > MaxDigits)
            return false;
    }
    const qsizetype count = m_p - digits;
    if (count == 0 || (count > 1 && *digits == '0') || (negative && n == 0))
        return false;
    if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        return false;
    *out = negative ? -n : n;
    return true;
}

bool JsonPieceLexer::hex4(char16_t *unit)
{
    if (m_end - m_p < 4)
        return false;
    int u = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_p[i];
        u <<= 4;
        if (c >= '0' && c <= '9')
            u |= c - '0';
        else if (c >= 'a' && c <= 'f')
            u |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            u |= c - 'A' + 10;
        else
            return false;
    }
    m_p += 4;
    *unit = char16_t(u);
    return true;
}

// One UTF-8 sequence of two to four bytes, valid (shortest form, no surrogate, at most U+10FFFF)
// and not a non-character.
bool JsonPieceLexer::skipUtf8Sequence()
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_p);
    const qsizetype left = m_end - m_p;
    char32_t c;
    int length;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        c = s[0] & 0x1f;
        length = 2;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        c = s[0] & 0x0f;
        length = 3;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        c = s[0] & 0x07;
        length = 4;
    } else {
        return false;
    }
    if (left < length)
        return false;
    for (int i = 1; i < length; ++i) {
        if ((s[i] & 0xc0) != 0x80)
            return false;
        c = (c << 6) | (s[i] & 0x3f);
    }
    static constexpr char32_t smallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (c < smallest[length] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return false;
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        return false;
    m_p += length;
    return true;
}

bool JsonPieceLexer::string(QString *out)
{
    skipSpace();
    if (m_p == m_end || *m_p != '"')
        return false;
    const char *begin = ++m_p;
    bool ascii = true;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            *out = ascii ? QString::fromLatin1(begin, int(m_p - begin))
                         : QString::fromUtf8(begin, int(m_p - begin));
            ++m_p;
            return true;
        }
        if (c == '\\')
            return escapedString(begin, out);
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            if (!skipUtf8Sequence())
                return false;
            ascii = false;
            continue;
        }
        ++m_p;
    }
    return false;
}

// The rest of a string from its first backslash on; \a begin is just after the opening quote.
bool JsonPieceLexer::escapedString(const char *begin, QString *out)
{
    QString text = QString::fromUtf8(begin, int(m_p - begin)); // checked already
    const char *run = m_p;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"' || c == '\\') {
            text += QString::fromUtf8(run, int(m_p - run));
            ++m_p;
            if (c == '"') {
                *out = text;
                return true;
            }
            if (m_p == m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                text += QLatin1Char(e);
                break;
            case 'b':
                text += QLatin1Char('\b');
                break;
            case 'f':
                text += QLatin1Char('\f');
                break;
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'u': {
                char16_t unit;
                // Surrogates (pairs or lone) are left to the full parser.
                if (!hex4(&unit) || (unit >= 0xd800 && unit <= 0xdfff))
                    return false;
                text += QChar(unit);
                break;
            }
            default:
                return false;
            }
            run = m_p;
            continue;
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            if (!skipUtf8Sequence())
                return false;
            continue;
        }
        ++m_p;
    }
    return false;
}

} // namespace causeway
