// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace causeway {

QColor severityColor(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case FindingSeverity::Warning:
        return QColor(0xd9, 0x7a, 0x00);
    case FindingSeverity::Info:
        break;
    }
    return QColor(0x1e, 0x6f, 0xc8);
}

QIcon severityIcon(FindingSeverity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case FindingSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FindingSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FindingSeverity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityLabel(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QCoreApplication::translate("Findings", "Error");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("Findings", "Warning");
    case FindingSeverity::Info:
        break;
    }
    return QCoreApplication::translate("Findings", "Info");
}

QString findingToolTip(const Finding &f)
{
    QString html = QStringLiteral("<p><b>%1</b> <small>%2</small></p><p>%3</p>")
                       .arg(severityLabel(f.severity).toHtmlEscaped(), f.checkId.toHtmlEscaped(),
                           f.message.toHtmlEscaped());
    if (!f.suggestion.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(QCoreApplication::translate("Findings", "Suggestion:").toHtmlEscaped(),
                        f.suggestion.toHtmlEscaped());
    if (f.acknowledged)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("Findings", "Acknowledged: %1")
                             .arg(f.acknowledgementReason)
                             .toHtmlEscaped());
    return html;
}

} // namespace causeway
