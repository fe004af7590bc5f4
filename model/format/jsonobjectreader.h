// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading JSON objects field by field, each error with its place: the building blocks of the
// .causeway reader (documentreader.cpp), kept apart so that each file has one purpose.

#include "enumnames.h"
#include "loaderror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <initializer_list>

namespace causeway::reading {

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: larger JSON integers lose digits

/// \a text in quotes for messages, shortened and with line breaks shown as \n.
QString quoted(const QString &text);
/// How a JSON value is named in "got ..." messages.
QString describe(const QJsonValue &v);
/// "\"a\", \"b\" or \"c\"".
QString orList(const QStringList &names);
/// "a.b", or "b" at the top level (whose path is empty).
QString joined(const QString &path, const QString &key);

/// Whether \a v names a value of E: rules that depend on a type or kind are checked only then, so
/// that one wrong type gives one error, not a cascade.
template<class E>
bool isKnown(const QJsonValue &v)
{
    return v.isString() && enumFromName<E>(v.toString()).has_value();
}

/// Collects errors up to a limit, then counts the rest.
class ErrorCollector
{
public:
    explicit ErrorCollector(int maxErrors)
        : m_maxErrors(maxErrors)
    { }

    void fail(const QString &path, const QString &message);
    bool failed() const { return !m_errors.isEmpty(); }
    LoadErrors takeErrors();
    /// Adds \a other's errors after these, as if they had been reported here.
    void append(const ErrorCollector &other);

private:
    LoadErrors m_errors;
    int m_maxErrors;
    int m_suppressed = 0;
};

/// Reads one JSON object whose keys are all known and all required.
class ObjectReader
{
public:
    ObjectReader(ErrorCollector &errors, const QJsonValue &value, const QString &path,
        std::initializer_list<const char *> keys);
    /// The object at \a key of \a parent.
    ObjectReader(ErrorCollector &errors, const QJsonValue &value, const ObjectReader &parent, const char *key,
        std::initializer_list<const char *> keys);
    /// Element \a index of the top-level list \a list.
    ObjectReader(ErrorCollector &errors, const QJsonValue &value, const char *list, int index,
        std::initializer_list<const char *> keys);

    bool isObject() const { return m_isObject; }
    /// The object's place, "timeline[12]"; built only when asked, since usually nothing is wrong.
    QString path() const;
    QString at(const char *key) const { return joined(path(), QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString text(const char *key, bool nonEmpty = false);
    bool boolean(const char *key);
    std::optional<qint64> integer(const char *key, qint64 min, bool nullable);
    std::optional<double> number(const char *key, bool nullable);
    Instant instant(const char *key, bool nullable);
    QDate date(const char *key);
    QStringList textList(const char *key);
    template<class Tag>
    Id<Tag> id(const char *key, bool nullable);
    template<class Tag>
    QVector<Id<Tag>> idList(const char *key);
    template<class E>
    E enumValue(const char *key);
    template<class E>
    std::optional<E> nullableEnum(const char *key);

private:
    void check(const QJsonValue &value, std::initializer_list<const char *> keys);

    ErrorCollector &m_reader;
    QJsonObject m_object;
    mutable QString m_path;
    const ObjectReader *m_parent = nullptr;
    const char *m_key = nullptr; // at m_parent, or the list's key when m_index >= 0
    int m_index = -1;
    bool m_isObject = false;
};

template<class Tag>
Id<Tag> ObjectReader::id(const char *key, bool nullable)
{
    const std::optional<qint64> n = integer(key, 1, nullable);
    return n ? Id<Tag>(quint64(*n)) : Id<Tag>();
}

template<class Tag>
QVector<Id<Tag>> ObjectReader::idList(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        m_reader.fail(at(key),
            QCoreApplication::translate("causeway::DocumentReader", "expected an array of ids, got %1")
                .arg(describe(v)));
        return {};
    }
    QVector<Id<Tag>> ids;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const double d = array.at(i).toDouble();
        if (!array.at(i).isDouble() || std::floor(d) != d || d < 1 || d > MaxExactInteger) {
            m_reader.fail(at(key) + QStringLiteral("[%1]").arg(i),
                QCoreApplication::translate(
                    "causeway::DocumentReader", "expected an id (an integer of at least 1), got %1")
                    .arg(describe(array.at(i))));
            continue;
        }
        const Id<Tag> id { quint64(d) };
        if (ids.contains(id))
            m_reader.fail(at(key) + QStringLiteral("[%1]").arg(i),
                QCoreApplication::translate("causeway::DocumentReader", "id %1 is listed twice")
                    .arg(id.value));
        ids.append(id);
    }
    return ids;
}

template<class E>
E ObjectReader::enumValue(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return E(0);
    const std::optional<E> e = v.isString() ? enumFromName<E>(v.toString()) : std::nullopt;
    if (!e) {
        m_reader.fail(
            at(key), QStringLiteral("expected %1, got %2").arg(orList(enumNameList<E>()), describe(v)));
        return E(0);
    }
    return *e;
}

template<class E>
std::optional<E> ObjectReader::nullableEnum(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const std::optional<E> e = v.isString() ? enumFromName<E>(v.toString()) : std::nullopt;
    if (!e)
        m_reader.fail(at(key),
            QCoreApplication::translate("causeway::DocumentReader", "expected null, %1, got %2")
                .arg(orList(enumNameList<E>()), describe(v)));
    return e;
}
} // namespace causeway::reading
