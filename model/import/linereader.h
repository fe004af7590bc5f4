// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace causeway {

/**
 * Reads a device line by line without holding more than one line: the basis of every line-based
 * importer, so that a 200 MB log never exists whole in memory. Handles `\n` and `\r\n`, drops a
 * UTF-8 byte-order mark at the start, and cuts lines longer than a limit (reported, not read).
 */
class LineReader
{
public:
    /// Lines longer than this are not read into memory: a log line is never this long.
    static constexpr qint64 MaxLineLength = 16 * 1024 * 1024;

    explicit LineReader(QIODevice *device);

    /// The next line without its terminator; false at the end.
    bool next(QByteArray *line);
    /// 1-based number of the line last returned.
    qint64 lineNumber() const { return m_lineNumber; }
    /// True when the line last returned was longer than MaxLineLength (its text is then empty).
    bool overlong() const { return m_overlong; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    QIODevice *m_device;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    bool m_overlong = false;
};

} // namespace causeway
