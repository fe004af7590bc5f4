// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

#include "importer.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace causeway {

LineReader::LineReader(QIODevice *device)
    : m_device(device)
{ }

bool LineReader::fill()
{
    constexpr qsizetype ChunkSize = 256 * 1024;
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkSize);
    const qint64 read = m_device->read(m_buffer.data() + kept, ChunkSize);
    m_buffer.resize(kept + qMax<qint64>(read, 0));
    if (read <= 0)
        m_atEnd = true;
    return read > 0;
}

void LineReader::skipRestOfLine()
{
    for (;;) {
        const char *from = m_buffer.constData() + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        if (const void *newline = std::memchr(from, '\n', size_t(size))) {
            const qsizetype used = static_cast<const char *>(newline) - from + 1;
            m_bytesRead += used;
            m_pos += used;
            return;
        }
        m_bytesRead += size;
        m_buffer.clear();
        m_pos = 0;
        if (!fill())
            return;
    }
}

bool LineReader::next(QByteArray *line)
{
    m_overlong = false;
    qsizetype scanned = 0; // bytes after m_pos known to hold no '\n'
    const char *newline = nullptr;
    for (;;) {
        const char *from = m_buffer.constData() + m_pos;
        const qsizetype pending = m_buffer.size() - m_pos;
        newline = static_cast<const char *>(std::memchr(from + scanned, '\n', size_t(pending - scanned)));
        if (newline)
            break;
        scanned = pending;
        if (pending > MaxLineLength + 1) {
            // Longer than the limit even without a "\r\n": not read into memory.
            ++m_lineNumber;
            m_overlong = true;
            skipRestOfLine();
            line->clear();
            return true;
        }
        if (!fill()) {
            if (m_buffer.size() == m_pos)
                return false;
            break; // the last line has no '\n'
        }
    }
    ++m_lineNumber;
    const char *from = m_buffer.constData() + m_pos;
    const qsizetype end = newline ? newline - from : m_buffer.size() - m_pos;
    const qsizetype used = newline ? end + 1 : end;
    qsizetype size = end;
    if (size > 0 && from[size - 1] == '\r')
        --size;
    m_bytesRead += used;
    if (size > MaxLineLength) {
        m_overlong = true;
        m_pos += used;
        line->clear();
        return true;
    }
    qsizetype skip = 0;
    if (m_lineNumber == 1 && size >= 3 && std::memcmp(from, "\xEF\xBB\xBF", 3) == 0)
        skip = 3;
    line->resize(size - skip); // keeps the line's own memory from the previous line when it can
    if (size > skip)
        std::memcpy(line->data(), from + skip, size_t(size - skip));
    m_pos += used;
    return true;
}

QString overlongLineReason()
{
    return QCoreApplication::translate("causeway::Import", "line longer than %1 MiB; left out")
        .arg(LineReader::MaxLineLength >> 20);
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
            *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
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
