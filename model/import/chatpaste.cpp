// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpaste.h"

#include "import/timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway {

namespace {

// A time of day ("10:02", "10:02:13", "10:02 AM") or a date and time, as chat clients write it.
const QString TimePattern = QStringLiteral(
    "(\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?)");

Instant readTime(const QString &text, const QuickEntryContext &context)
{
    QString t = text.trimmed();
    if (t.size() >= 10 && t.at(4) == QLatin1Char('-')) {
        if (t.size() > 12 && t.at(12) == QLatin1Char(':'))
            t.insert(11, QLatin1Char('0')); // "2026-04-14 9:02": TimePattern allows a one-digit hour
        return parseLogTimestamp(t, context.zone);
    }
    bool pm = false, am = false;
    if (t.endsWith(QLatin1String("pm"), Qt::CaseInsensitive) ||
        t.endsWith(QLatin1String("am"), Qt::CaseInsensitive)) {
        pm = t.endsWith(QLatin1String("pm"), Qt::CaseInsensitive);
        am = !pm;
        t.chop(2);
        t = t.trimmed();
    }
    const QStringList parts = t.split(QLatin1Char(':'));
    int h = parts.value(0).toInt();
    const int m = parts.value(1).toInt();
    const int s = parts.value(2).toInt();
    if (pm && h < 12)
        h += 12;
    if (am && h == 12)
        h = 0;
    if (h > 23 || m > 59 || s > 59 || !context.date.isValid())
        return {};
    return fromLocalTime(context.date, ((h * 60 + m) * 60 + s) * 1000000LL, context.zone);
}

} // namespace

ImportBatch parseChatPaste(const QString &text, const QuickEntryContext &context)
{
    static const QRegularExpression message(QStringLiteral("^\\[?") + TimePattern +
        QStringLiteral("\\]?\\s+(?:<([^>]+)>|([^:]{1,60}):)\\s*(.*)$"));
    static const QRegularExpression slackHeader(
        QStringLiteral("^(\\S[^\\[\\]:]{0,60}?)\\s+\\[?") + TimePattern + QStringLiteral("\\]?\\s*$"));
    static const QRegularExpression bareTime(
        QStringLiteral("^\\[?") + TimePattern + QStringLiteral("\\]?\\s*(.*)$"));

    ImportBatch batch;
    QString speaker;
    TimelineEvent *current = nullptr;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto start = [&](const Instant &time, const QString &who, const QString &body, int line) {
        TimelineEvent e;
        e.time = time;
        e.actor = who.trimmed();
        e.text = body.trimmed();
        e.kind = EventKind::Communication;
        e.source.type = SourceType::Pasted;
        e.source.line = line;
        batch.events.append(e);
        current = &batch.events.last();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty())
            continue;
        if (const auto m = message.match(line); m.hasMatch()) {
            const Instant t = readTime(m.captured(1), context);
            if (t.isValid()) {
                speaker = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
                start(t, speaker, m.captured(4), number);
                continue;
            }
        }
        if (const auto m = slackHeader.match(line); m.hasMatch()) {
            const Instant t = readTime(m.captured(2), context);
            if (t.isValid()) {
                speaker = m.captured(1);
                start(t, speaker, QString(), number);
                continue;
            }
        }
        if (const auto m = bareTime.match(line); m.hasMatch() && !speaker.isEmpty()) {
            const Instant t = readTime(m.captured(1), context);
            if (t.isValid()) {
                start(t, speaker, m.captured(2), number);
                continue;
            }
        }
        if (current) {
            current->text += (current->text.isEmpty() ? QString() : QStringLiteral("\n")) + line;
            continue;
        }
        batch.skipped.append({ QStringLiteral("pasted text"), number,
            QCoreApplication::translate("causeway::Import", "no time before this line") });
    }
    // A Slack header with no message under it says nothing.
    for (int i = batch.events.size() - 1; i >= 0; --i) {
        if (batch.events.at(i).text.trimmed().isEmpty()) {
            batch.skipped.append({ QStringLiteral("pasted text"), batch.events.at(i).source.line,
                QCoreApplication::translate("causeway::Import", "a message header without a message") });
            batch.events.remove(i);
        }
    }
    return batch;
}

} // namespace causeway
