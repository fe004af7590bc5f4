// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway::reading {

QString quoted(const QString &text)
{
    const int Max = 40;
    QString shown = text.size() > Max ? text.left(Max) + QStringLiteral("…") : text;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return QCoreApplication::translate("causeway::DocumentReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("causeway::DocumentReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString orList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << QLatin1Char('"') + n + QLatin1Char('"');
    if (q.size() <= 1)
        return q.join(QString());
    const QString last = q.takeLast();
    return q.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void ErrorCollector::fail(const QString &path, const QString &message)
{
    if (m_errors.size() < m_maxErrors)
        m_errors.append({ path, 0, 0, message });
    else
        ++m_suppressed;
}

LoadErrors ErrorCollector::takeErrors()
{
    if (m_suppressed > 0)
        m_errors.append({ QString(), 0, 0,
            m_suppressed == 1
                ? QCoreApplication::translate("causeway::DocumentReader", "… and 1 more error")
                : QCoreApplication::translate("causeway::DocumentReader", "… and %1 more errors")
                      .arg(m_suppressed) });
    return std::move(m_errors);
}

void ErrorCollector::append(const ErrorCollector &other)
{
    for (const LoadError &e : other.m_errors)
        fail(e.path, e.message);
    m_suppressed += other.m_suppressed;
}

ObjectReader::ObjectReader(ErrorCollector &errors, const QJsonValue &value, const QString &path,
    std::initializer_list<const char *> keys)
    : m_reader(errors)
    , m_path(path)
{
    check(value, keys);
}

ObjectReader::ObjectReader(ErrorCollector &errors, const QJsonValue &value, const ObjectReader &parent,
    const char *key, std::initializer_list<const char *> keys)
    : m_reader(errors)
    , m_parent(&parent)
    , m_key(key)
{
    check(value, keys);
}

ObjectReader::ObjectReader(ErrorCollector &errors, const QJsonValue &value, const char *list, int index,
    std::initializer_list<const char *> keys)
    : m_reader(errors)
    , m_key(list)
    , m_index(index)
{
    check(value, keys);
}

QString ObjectReader::path() const
{
    if (m_path.isEmpty() && m_parent)
        m_path = m_parent->at(m_key);
    else if (m_path.isEmpty() && m_index >= 0)
        m_path = QStringLiteral("%1[%2]").arg(QLatin1String(m_key)).arg(m_index);
    return m_path;
}

void ObjectReader::check(const QJsonValue &value, std::initializer_list<const char *> keys)
{
    ErrorCollector &errors = m_reader;
    if (value.isUndefined())
        return; // a missing key: the enclosing object has reported it
    if (!value.isObject()) {
        errors.fail(path(),
            QCoreApplication::translate("causeway::DocumentReader", "expected an object, got %1")
                .arg(describe(value)));
        return;
    }
    m_isObject = true;
    m_object = value.toObject();
    // This runs once per timeline event: no allocation unless something is wrong.
    int found = 0;
    for (const char *key : keys) {
        if (m_object.contains(QLatin1String(key)))
            ++found;
        else
            errors.fail(path(),
                QCoreApplication::translate("causeway::DocumentReader", "missing key \"%1\"")
                    .arg(QLatin1String(key)));
    }
    if (found == m_object.size())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (const char *key : keys)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            QStringList names;
            for (const char *key : keys)
                names << QLatin1String(key);
            errors.fail(joined(path(), it.key()),
                QCoreApplication::translate("causeway::DocumentReader", "unknown key; expected one of: %1")
                    .arg(names.join(QStringLiteral(", "))));
        }
    }
}

QString ObjectReader::text(const char *key, bool nonEmpty)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        m_reader.fail(at(key), QStringLiteral("expected a string, got %1").arg(describe(v)));
        return {};
    }
    if (nonEmpty && v.toString().trimmed().isEmpty())
        m_reader.fail(
            at(key), QCoreApplication::translate("causeway::DocumentReader", "expected a non-empty string"));
    return v.toString();
}

bool ObjectReader::boolean(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        m_reader.fail(at(key),
            QCoreApplication::translate("causeway::DocumentReader", "expected true or false, got %1")
                .arg(describe(v)));
    return v.toBool();
}

std::optional<qint64> ObjectReader::integer(const char *key, qint64 min, bool nullable)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || (nullable && v.isNull()))
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > MaxExactInteger) {
        m_reader.fail(at(key),
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected %1an integer of at least %2, got %3")
                .arg(nullable ? QCoreApplication::translate("causeway::DocumentReader", "null or ")
                              : QString())
                .arg(min)
                .arg(describe(v)));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<double> ObjectReader::number(const char *key, bool nullable)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || (nullable && v.isNull()))
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        m_reader.fail(at(key),
            QStringLiteral("expected %1a number, got %2")
                .arg(nullable ? QCoreApplication::translate("causeway::DocumentReader", "null or ")
                              : QString(),
                    describe(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

Instant ObjectReader::instant(const char *key, bool nullable)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || (nullable && v.isNull()))
        return {};
    const Instant instant = v.isString() ? Instant::parseRfc3339(v.toString()) : Instant();
    if (!instant.isValid())
        m_reader.fail(at(key),
            QCoreApplication::translate("causeway::DocumentReader",
                "expected %1an RFC 3339 timestamp with a zone offset, such as "
                "\"2026-03-02T14:03:10Z\", got %2")
                .arg(nullable ? QCoreApplication::translate("causeway::DocumentReader", "null or ")
                              : QString(),
                    describe(v)));
    return instant;
}

QDate ObjectReader::date(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = v.isString() && pattern.match(v.toString()).hasMatch()
        ? QDate::fromString(v.toString(), Qt::ISODate)
        : QDate();
    if (!d.isValid())
        m_reader.fail(at(key),
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected null or a date as YYYY-MM-DD, got %1")
                .arg(describe(v)));
    return d;
}

QStringList ObjectReader::textList(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        m_reader.fail(at(key),
            QCoreApplication::translate("causeway::DocumentReader", "expected an array of strings, got %1")
                .arg(describe(v)));
        return {};
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            m_reader.fail(at(key) + QStringLiteral("[%1]").arg(i),
                QStringLiteral("expected a string, got %1").arg(describe(array.at(i))));
        else
            list << array.at(i).toString();
    }
    return list;
}

} // namespace causeway::reading
