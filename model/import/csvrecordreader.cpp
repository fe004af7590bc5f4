// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecordreader.h"

#include "memorylimits.h"
#include <QCoreApplication>

namespace causeway {

namespace {

// A quoted field may hold line breaks. One still open after this many lines or bytes is taken for a
// stray quote, so that one bad record cannot swallow the rest of the file.
constexpr int MaxRecordLines = limits::CsvRecordLines;
constexpr qint64 MaxRecordBytes = limits::CsvRecord;

} // namespace

bool CsvRecordReader::nextLine(Line *line)
{
    if (!m_givenBack.empty()) {
        *line = std::move(m_givenBack.front());
        m_givenBack.pop_front();
        return true;
    }
    if (!m_lines.next(&line->text))
        return false;
    line->number = m_lines.lineNumber();
    line->overlong = m_lines.overlong();
    return true;
}

bool CsvRecordReader::next(CsvRecord *record)
{
    record->fields.clear();
    record->problem.clear();
    Line line;
    do {
        if (!nextLine(&line))
            return false;
    } while (!line.overlong && line.text.trimmed().isEmpty());
    record->line = line.number;
    if (line.overlong) {
        record->problem = overlongLineReason();
        return true;
    }

    QVector<Line> continued; // the lines after the first, while a quoted field goes on
    qint64 bytes = line.text.size();
    QByteArray field;
    bool inQuotes = false;
    bool quoted = false; // the current field started with a quote
    bool closed = false; // ... and that quote is closed
    for (;;) {
        const QByteArray &text = line.text;
        for (int i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (inQuotes) {
                if (c != '"') {
                    field += c;
                } else if (i + 1 < text.size() && text.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                    closed = true;
                }
            } else if (c == ',') {
                record->fields.append(field);
                field.clear();
                quoted = closed = false;
            } else if (c == '"' && !quoted && field.isEmpty()) {
                inQuotes = quoted = true;
            } else {
                // A quote inside an unquoted field is kept as it is (many writers do that); text after
                // a closing quote is not RFC 4180, and usually means the quoting went wrong.
                if (closed && record->problem.isEmpty())
                    record->problem = QCoreApplication::translate("causeway::Import",
                        "field %1: text after its closing quote (a quote inside a quoted "
                        "field is written \"\")")
                                          .arg(record->fields.size() + 1);
                field += c;
            }
        }
        if (!inQuotes)
            break;
        // The quoted field goes on in the next line.
        const bool tooLong = continued.size() + 1 >= MaxRecordLines || bytes > MaxRecordBytes;
        Line more;
        if (tooLong || !nextLine(&more)) {
            record->problem = tooLong ? QCoreApplication::translate(
                                            "causeway::Import", "field %1: quote not closed within %2 lines")
                                            .arg(record->fields.size() + 1)
                                            .arg(MaxRecordLines)
                                      : QCoreApplication::translate("causeway::Import",
                                            "field %1: quote not closed before the end of the file")
                                            .arg(record->fields.size() + 1);
            // Most likely a stray quote: the lines it took in are read again as records of their own.
            for (auto it = continued.rbegin(); it != continued.rend(); ++it)
                m_givenBack.push_front(*it);
            record->fields.clear();
            return true;
        }
        if (more.overlong) {
            record->problem = QCoreApplication::translate(
                "causeway::Import", "field %1 goes on in line %2, which is longer than %3 MiB")
                                  .arg(record->fields.size() + 1)
                                  .arg(more.number)
                                  .arg(LineReader::MaxLineLength >> 20);
            record->fields.clear();
            return true;
        }
        field += '\n';
        bytes += more.text.size();
        continued.append(more);
        line = std::move(more);
    }
    record->fields.append(field);
    return true;
}

} // namespace causeway
