// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatjsonobject.h"

#include <cstring>

namespace causeway {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// A string from its opening quote at \a p: the position after the closing quote, or null.
const char *scanString(const char *p, const char *end, FlatJsonObject::Value *value)
{
    ++p;
    value->type = FlatJsonObject::Type::String;
    value->begin = p;
    value->escaped = false;
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '"') {
            value->end = p;
            return p + 1;
        }
        if (c < 0x20)
            return nullptr; // JSON has no raw control characters in strings
        if (c == '\\') {
            value->escaped = true;
            if (++p == end)
                return nullptr;
            if (*p == 'u') {
                if (end - p < 5)
                    return nullptr;
                for (int i = 1; i <= 4; ++i) {
                    if (hexDigit(p[i]) < 0)
                        return nullptr;
                }
                p += 4;
            } else if (!std::strchr("\"\\/bfnrt", *p) || *p == '\0') {
                return nullptr;
            }
        }
        ++p;
    }
    return nullptr;
}

const char *scanJsonNumber(const char *p, const char *end);

const char *scanDigits(const char *p, const char *end)
{
    const char *start = p;
    while (p < end && *p >= '0' && *p <= '9')
        ++p;
    return p == start ? nullptr : p;
}

/**
 * A number in JSON's grammar, exactly: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and short
 * enough to be sure it is finite as a double (QJsonDocument refuses one that is not).
 */
const char *scanNumber(const char *p, const char *end)
{
    const char *start = p;
    const char *after = scanJsonNumber(p, end);
    if (!after || after - start > 32)
        return nullptr;
    const char *exponent = start;
    while (exponent < after && *exponent != 'e' && *exponent != 'E')
        ++exponent;
    if (exponent < after && (exponent[1] == '+' || exponent[1] == '-'))
        ++exponent;
    return after - exponent > 3 ? nullptr : after; // two digits of exponent at most
}

const char *scanJsonNumber(const char *p, const char *end)
{
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!(p = scanDigits(p, end)))
        return nullptr;
    if (p < end && *p == '.' && !(p = scanDigits(p + 1, end)))
        return nullptr;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!(p = scanDigits(p, end)))
            return nullptr;
    }
    return p;
}

const char *scanWord(const char *p, const char *end, const char *word)
{
    const size_t n = std::strlen(word);
    return size_t(end - p) >= n && std::memcmp(p, word, n) == 0 ? p + n : nullptr;
}

/// A string, number, true, false or null at \a p.
const char *scanScalar(const char *p, const char *end, FlatJsonObject::Value *value)
{
    if (p == end)
        return nullptr;
    value->begin = p;
    const char *after = nullptr;
    switch (*p) {
    case '"':
        return scanString(p, end, value);
    case 't':
        value->type = FlatJsonObject::Type::Bool;
        after = scanWord(p, end, "true");
        break;
    case 'f':
        value->type = FlatJsonObject::Type::Bool;
        after = scanWord(p, end, "false");
        break;
    case 'n':
        value->type = FlatJsonObject::Type::Null;
        after = scanWord(p, end, "null");
        break;
    default:
        value->type = FlatJsonObject::Type::Number;
        after = scanNumber(p, end);
        break;
    }
    value->end = after;
    return after;
}

/// An array of scalars from its '[' at \a p.
const char *scanArray(const char *p, const char *end, FlatJsonObject::Value *value)
{
    value->type = FlatJsonObject::Type::Array;
    value->begin = p;
    p = skipSpace(p + 1, end);
    if (p < end && *p == ']') {
        value->end = p + 1;
        return p + 1;
    }
    for (;;) {
        FlatJsonObject::Value element;
        p = scanScalar(p, end, &element);
        if (!p)
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return nullptr;
        if (*p == ']') {
            value->end = p + 1;
            return p + 1;
        }
        if (*p != ',')
            return nullptr;
        p = skipSpace(p + 1, end);
    }
}

bool appendUtf8(QByteArray &out, unsigned code)
{
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF))
        return false; // NUL, or a surrogate (a pair, or worse, a lone one): QJsonDocument decides
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
    return true;
}

} // namespace

bool FlatJsonObject::parse(const char *data, qsizetype size)
{
    m_members.clear();
    m_unique = true;
    const char *end = data + size;
    const char *p = skipSpace(data, end);
    if (p == end || *p != '{')
        return false;
    p = skipSpace(p + 1, end);
    if (p < end && *p == '}')
        return skipSpace(p + 1, end) == end;
    for (;;) {
        if (p == end || *p != '"')
            return false;
        Value key;
        p = scanString(p, end, &key);
        if (!p || key.escaped)
            return false;
        p = skipSpace(p, end);
        if (p == end || *p != ':')
            return false;
        p = skipSpace(p + 1, end);
        Value value;
        if (p < end && *p == '[')
            p = scanArray(p, end, &value);
        else
            p = scanScalar(p, end, &value);
        if (!p)
            return false;
        m_members.push_back({ key.begin, key.end - key.begin, value });
        p = skipSpace(p, end);
        if (p == end)
            return false;
        if (*p == '}')
            return skipSpace(p + 1, end) == end;
        if (*p != ',')
            return false;
        p = skipSpace(p + 1, end);
    }
}

FlatJsonObject::Value FlatJsonObject::value(const char *key) const
{
    const size_t n = std::strlen(key);
    Value found;
    bool seen = false;
    for (const Member &m : m_members) {
        if (size_t(m.keySize) == n && std::memcmp(m.key, key, n) == 0) {
            m_unique = m_unique && !seen;
            seen = true;
            found = m.value;
        }
    }
    return found;
}

QString FlatJsonObject::string(const Value &value, bool *ok)
{
    *ok = true;
    if (value.type != Type::String)
        return QString();
    if (!value.escaped)
        return QString::fromUtf8(value.begin, int(value.end - value.begin));
    QByteArray text;
    text.reserve(value.end - value.begin);
    for (const char *p = value.begin; p < value.end; ++p) {
        if (*p != '\\') {
            text.append(*p);
            continue;
        }
        ++p; // scanString checked every escape and that it is complete
        switch (*p) {
        case 'b':
            text.append('\b');
            break;
        case 'f':
            text.append('\f');
            break;
        case 'n':
            text.append('\n');
            break;
        case 'r':
            text.append('\r');
            break;
        case 't':
            text.append('\t');
            break;
        case 'u': {
            unsigned code = 0;
            for (int i = 1; i <= 4; ++i)
                code = code * 16 + unsigned(hexDigit(p[i]));
            if (!appendUtf8(text, code)) {
                *ok = false;
                return QString();
            }
            p += 4;
            break;
        }
        default: // '"', '\\' and '/' stand for themselves
            text.append(*p);
            break;
        }
    }
    return QString::fromUtf8(text.constData(), int(text.size()));
}

QStringList FlatJsonObject::strings(const Value &value, bool *ok)
{
    *ok = true;
    QStringList list;
    if (value.type != Type::Array)
        return list;
    const char *end = value.end - 1; // the ']'
    const char *p = skipSpace(value.begin + 1, end);
    while (p < end) {
        Value element;
        p = scanScalar(p, end, &element);
        if (!p)
            break; // cannot happen: parse() scanned the same text
        if (element.type == Type::String) {
            list.append(string(element, ok));
            if (!*ok)
                return QStringList();
        }
        p = skipSpace(p, end);
        if (p < end && *p == ',')
            p = skipSpace(p + 1, end);
    }
    return list;
}

} // namespace causeway
