// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace causeway {

/**
 * Streams the elements of one JSON array in a file without building a DOM of the whole file:
 * the top-level array, or the array under a key of the top-level object (`"items"` of
 * `kubectl get events -o json`, `"log_entries"` of PagerDuty). Each element is handed out as its
 * raw bytes, to be parsed on its own, with the line it starts on. Memory stays at one element
 * plus a read buffer, whatever the file's size.
 */
class JsonArrayStream
{
public:
    /// \a key empty: the file is an array. Otherwise the file is an object holding the array at \a key.
    JsonArrayStream(QIODevice *device, const QByteArray &key);

    /// The next element's bytes and the line it starts on; false at the end or on a structural error.
    bool next(QByteArray *element, qint64 *line);
    /// Why next() stopped early ("line 3: expected an array under \"items\""), empty at a clean end.
    QString error() const
    {
        return m_error.isEmpty() ? QString() : QStringLiteral("line %1: %2").arg(m_errorLine).arg(m_error);
    }
    /// The line and the message of error() apart, for a `file:line: reason` report.
    qint64 errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_error; }
    /// Whether the array was found at all (false: the file is not of the expected shape).
    bool foundArray() const { return m_inArray; }
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool peek(char *c);
    bool skipSpace();
    bool readString(QByteArray *out);
    bool skipValue(QByteArray *copy);
    bool findArray();
    void fail(const QString &message);

    QIODevice *m_device;
    QByteArray m_key;
    QByteArray m_buffer;
    int m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_inArray = false;
    bool m_done = false;
    bool m_firstElement = true;
    qint64 m_errorLine = 0;
    QString m_error;
};

} // namespace causeway
