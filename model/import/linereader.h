// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorylimits.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace causeway {
class ImportProgress;
}

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
    static constexpr qint64 MaxLineLength = limits::ImportLine;

    explicit LineReader(QIODevice *device);

    /// The next line without its terminator; false at the end.
    bool next(QByteArray *line);
    /// 1-based number of the line last returned.
    qint64 lineNumber() const { return m_lineNumber; }
    /// True when the line last returned was longer than MaxLineLength (its text is then empty).
    bool overlong() const { return m_overlong; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    /// Reads the next chunk of the device after what is left of the buffer; false at the end.
    bool fill();
    /// Consumes bytes up to and including the next '\n' (or the end) without keeping them.
    void skipRestOfLine();

    QIODevice *m_device;
    // Read in large chunks and cut into lines here: QIODevice::readLine(n) sets aside n bytes for
    // every line, which for a limit of 16 MiB made the kernel map and unmap memory line by line.
    QByteArray m_buffer;
    qsizetype m_pos = 0; // the first byte of m_buffer not handed out yet
    bool m_atEnd = false;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    bool m_overlong = false;
};

/// The skip reason of a line longer than LineReader::MaxLineLength.
QString overlongLineReason();

/**
 * The loop every line-based importer runs: reads \a device line by line from where it stands and
 * calls \a perLine with the line (empty when it was overlong), its 1-based number and whether it
 * was overlong. Before each line it checks for cancel (and then fails with "<source>: import
 * canceled" in \a error); every 64 KiB it reports the bytes read of the device's size, so that a
 * dialog moves without a report per line. When \a perLine returns false (having set \a error),
 * reading stops and false is returned. The final report at the end is the importer's, which may
 * still refuse the file.
 */
bool forEachLine(QIODevice *device, const QString &source, const ImportProgress &progress, QString *error,
    const std::function<bool(QByteArray &bytes, qint64 lineNumber, bool overlong)> &perLine);

} // namespace causeway
