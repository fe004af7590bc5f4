// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

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
    QByteArray read = m_device->readLine(MaxLineLength + 1);
    if (read.isEmpty() && m_device->atEnd())
        return false;
    m_bytesRead += read.size();
    ++m_lineNumber;
    if (read.size() > MaxLineLength && !read.endsWith('\n')) {
        // Skip the rest of the line in bounded chunks.
        m_overlong = true;
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

} // namespace causeway
