// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace causeway {

/**
 * A quick reader for the flat JSON objects of JSON Lines exports (Timesketch, Plaso): one object
 * per line whose values are strings, numbers, true, false, null or arrays of those.
 *
 * It is a fast path, not a parser of its own: parse() accepts only what it is sure is valid JSON
 * of that shape and reads the same as QJsonDocument would. Anything else (a nested object, a
 * \u escape of a surrogate, a key given twice, any syntax error) makes it return false, and the
 * caller parses the line with QJsonDocument, whose messages say exactly what is wrong.
 *
 * The text must be valid UTF-8; values point into it, so it must outlive the object.
 */
class FlatJsonObject
{
public:
    enum class Type { Missing, String, Number, Bool, Null, Array };

    struct Value
    {
        Type type = Type::Missing;
        const char *begin = nullptr; // a string without its quotes, the text of anything else
        const char *end = nullptr;
        bool escaped = false; // a string with backslash escapes
    };

    bool parse(const char *data, qsizetype size);

    /// The value at \a key. Call isUnique() after the lookups: a key given twice is not read here.
    Value value(const char *key) const;
    /// False when a key looked up with value() was in the object more than once.
    bool isUnique() const { return m_unique; }

    /// A string value's text; \a ok is false for an escape this reader does not decode.
    static QString string(const Value &value, bool *ok);
    /// The strings of an array value, each as string() decodes it (other elements are left out).
    static QStringList strings(const Value &value, bool *ok);

private:
    struct Member
    {
        const char *key;
        qsizetype keySize;
        Value value;
    };

    std::vector<Member> m_members;
    mutable bool m_unique = true;
};

} // namespace causeway
