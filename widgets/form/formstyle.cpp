// SPDX-License-Identifier: GPL-3.0-or-later
#include "formstyle.h"

#include "theme/theme.h"
#include "theme/themecolors.h"

#include <QApplication>
#include <QLabel>

namespace causeway::formstyle {

void makeMuted(QLabel *label)
{
    // Computed from the theme's text colour, so computed again when the theme changes.
    theme::followPalette(label, [label] {
        QPalette palette = label->palette();
        QColor muted = QApplication::palette(label).color(QPalette::WindowText);
        muted.setAlphaF(0.62);
        palette.setColor(QPalette::WindowText, muted);
        label->setPalette(palette);
    });
    label->setWordWrap(true);
}

void makeTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
}

void setBadge(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                        "padding: 1px 6px; font-weight: 600; }")
                             .arg(color.name()));
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QColor nodeColor(NodeType type)
{
    switch (type) {
    case NodeType::Outcome:
        return QColor(0x8e, 0x24, 0x4d);
    case NodeType::Trigger:
        return QColor(0xc2, 0x41, 0x0c);
    case NodeType::Condition:
        return QColor(0x1d, 0x4e, 0x89);
    case NodeType::Defence:
        return QColor(0x2e, 0x7d, 0x32);
    case NodeType::WarningSign:
        return QColor(0x9a, 0x67, 0x00);
    case NodeType::Unknown:
        return QColor(0x5f, 0x63, 0x68);
    }
    return Qt::gray;
}

QColor answerColor(EngineerAnswer answer)
{
    switch (answer) {
    case EngineerAnswer::Unanswered:
        return QColor(0x5f, 0x63, 0x68);
    case EngineerAnswer::Yes:
        return QColor(0x2e, 0x7d, 0x32);
    case EngineerAnswer::Partly:
        return QColor(0x9a, 0x67, 0x00);
    case EngineerAnswer::No:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return Qt::gray;
}

QString textColor(const QColor &hue)
{
    return theme::readableText(hue, QApplication::palette()).name();
}

} // namespace causeway::formstyle
