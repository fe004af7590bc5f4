// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

class QIODevice;

namespace causeway {

/**
 * Writes pretty-printed JSON in the one canonical layout of .causeway files: keys in the order
 * the caller writes them, four-space indent, arrays of scalars on one line, UTF-8 text.
 * It streams to the device in chunks, so a large timeline never exists twice in memory.
 */
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device);
    ~JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Starts a member of the current object; the next value call gives its value.
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// An array of strings on one line: `["a", "b"]`.
    void inlineArray(const QStringList &texts);
    /// An array of integers on one line: `[1, 2, 3]`.
    void inlineArray(const QVector<quint64> &numbers);

    /// Writes what is buffered; false when the device refused data.
    bool finish();
    bool hasError() const { return m_error; }

private:
    void beforeValue();
    void appendEscaped(const QString &text);
    void flushIfLarge();

    QIODevice *m_device;
    QByteArray m_buffer;
    struct Level
    {
        bool isObject;
        int count;
    };
    QVector<Level> m_levels;
    bool m_afterKey = false;
    bool m_error = false;
};

} // namespace causeway
