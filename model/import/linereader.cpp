// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

#include "importer.h"

#include <QIODevice>

namespace causeway {

LineReader::LineReader(QIODevice *device)
    : m_device(device)
{ }

bool LineReader::next(QByteArray *line)
{
    if (m_device->atEnd())
        return false;
    m_overlong = false;
    // readLine(n) reads at most n - 1 bytes: this is the longest allowed line plus one byte, enough
    // to see its '\n' or to know that it is longer.
    QByteArray read = m_device->readLine(MaxLineLength + 2);
    if (read.isEmpty() && m_device->atEnd())
        return false;
    m_bytesRead += read.size();
    ++m_lineNumber;
    if (read.size() > MaxLineLength && !read.endsWith('\n')) {
        // One byte over the limit: still a line of the limit exactly when that byte is its '\r'.
        if (read.endsWith('\r') && m_device->peek(1) == "\n") {
            read.append(m_device->read(1));
            ++m_bytesRead;
        } else if (!read.endsWith('\r') || !m_device->atEnd()) {
            m_overlong = true;
        }
    }
    if (m_overlong) {
        // Skip the rest of the line in bounded chunks.
        while (!m_device->atEnd()) {
            const QByteArray rest = m_device->readLine(1 << 20);
            m_bytesRead += rest.size();
            if (rest.endsWith('\n'))
                break;
        }
        line->clear();
        return true;
    }
    if (read.endsWith('\n'))
        read.chop(1);
    if (read.endsWith('\r'))
        read.chop(1);
    if (m_lineNumber == 1 && read.startsWith("\xEF\xBB\xBF"))
        read.remove(0, 3);
    *line = std::move(read);
    return true;
}

QString overlongLineReason()
{
    return QStringLiteral("line longer than %1 MiB; left out").arg(LineReader::MaxLineLength >> 20);
}

bool forEachLine(QIODevice *device, const QString &source, const ImportProgress &progress, QString *error,
    const std::function<bool(QByteArray &bytes, qint64 lineNumber, bool overlong)> &perLine)
{
    constexpr qint64 ProgressEvery = 1 << 16;
    const qint64 total = device->size();
    qint64 lastReport = 0;
    LineReader lines(device);
    QByteArray bytes;
    while (lines.next(&bytes)) {
        if (progress.isCanceled()) {
            *error = QStringLiteral("%1: import canceled").arg(source);
            return false;
        }
        if (lines.bytesRead() - lastReport >= ProgressEvery) {
            lastReport = lines.bytesRead();
            progress.report(lastReport, total);
        }
        if (!perLine(bytes, lines.lineNumber(), lines.overlong()))
            return false;
    }
    return true;
}

} // namespace causeway
