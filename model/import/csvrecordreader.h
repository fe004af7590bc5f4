// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linereader.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <deque>

class QIODevice;

namespace causeway {

/// One CSV record: its fields as the file has them (unquoted, still UTF-8), or what is wrong with it.
struct CsvRecord
{
    qint64 line = 0; ///< where the record starts
    QVector<QByteArray> fields;
    QString problem; ///< empty when the record is well-formed
};

/**
 * Cuts lines into RFC 4180 records, holding one record at a time. Quotes and commas are ASCII, so
 * the bytes are split before they are decoded: a UTF-8 sequence never contains either.
 */
class CsvRecordReader
{
public:
    explicit CsvRecordReader(QIODevice *device)
        : m_lines(device)
    { }

    /// The next record (blank lines between records are passed over); false at the end.
    bool next(CsvRecord *record);
    qint64 bytesRead() const { return m_lines.bytesRead(); }

private:
    struct Line
    {
        qint64 number = 0;
        QByteArray text;
        bool overlong = false;
    };
    bool nextLine(Line *line);

    LineReader m_lines;
    std::deque<Line> m_givenBack; ///< lines to read again after a quote that never closed
};

} // namespace causeway
