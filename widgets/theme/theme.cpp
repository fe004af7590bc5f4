// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace causeway::theme {

namespace {

ThemeChoice g_current = ThemeChoice::System;

QString styleName(const QStyle *style)
{
    if (!style)
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 1, 0)
    return style->name();
#else
    return style->objectName();
#endif
}

/// What the platform gave before the first theme was applied: System goes back to it.
struct PlatformLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    if (!look.captured) {
        look.captured = true;
        look.styleName = styleName(QApplication::style());
        look.palette = QApplication::palette();
    }
    return look;
}

/// Re-runs a widget's own colouring when the application palette changes.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> restyle)
        : QObject(widget)
        , m_restyle(std::move(restyle))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt 5 sends ApplicationPaletteChange to every widget at once; Qt 6 resolves the widgets'
        // palettes later and sends them PaletteChange. Either way the application palette is the
        // new one by then. Restyling sets a palette too: the guard ends that echo at once.
        const bool changed =
            event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange;
        if (changed && !m_restyling) {
            m_restyling = true;
            m_restyle();
            m_restyling = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_restyle;
    bool m_restyling = false;
};

void setColors(QPalette &p, QPalette::ColorGroup group, const QColor &window, const QColor &windowText,
    const QColor &base, const QColor &text, const QColor &button)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, windowText);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, windowText);
}

} // namespace

QVector<ThemeChoice> allChoices()
{
    return { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark };
}

QString choiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QCoreApplication::translate("Theme", "System");
    case ThemeChoice::Light:
        return QCoreApplication::translate("Theme", "Light");
    case ThemeChoice::Dark:
        return QCoreApplication::translate("Theme", "Dark");
    }
    return {};
}

QString choiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        break;
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

ThemeChoice choiceFromKey(const QString &key)
{
    for (ThemeChoice choice : allChoices()) {
        if (choiceKey(choice) == key)
            return choice;
    }
    return ThemeChoice::System;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf2);
    const QColor text(0x1f, 0x23, 0x28);
    setColors(p, QPalette::All, window, text, QColor(0xff, 0xff, 0xff), text, QColor(0xf6, 0xf7, 0xf8));
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbd, 0xc4));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Shadow, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x62, 0xc8));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    const QColor disabled(0x8a, 0x90, 0x98);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xbd, 0xc4));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x30, 0x35);
    const QColor text(0xe8, 0xea, 0xed);
    // The base matches the diagram's dark background, so the canvas and the lists sit together.
    setColors(p, QPalette::All, window, text, QColor(0x23, 0x26, 0x2b), text, QColor(0x38, 0x3c, 0x42));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa7, 0xb0));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x57));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x45, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2d));
    p.setColor(QPalette::Dark, QColor(0x1c, 0x1e, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x13));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcf));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    const QColor disabled(0x7d, 0x84, 0x8d);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4f, 0x57));
    return p;
}

void apply(ThemeChoice choice)
{
    const PlatformLook &platform = platformLook();
    g_current = choice;
    if (choice == ThemeChoice::System) {
        if (!platform.styleName.isEmpty() && styleName(QApplication::style()) != platform.styleName)
            QApplication::setStyle(QStyleFactory::create(platform.styleName));
        QApplication::setPalette(platform.palette);
        return;
    }
    if (styleName(QApplication::style()).compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == ThemeChoice::Dark ? darkPalette() : lightPalette());
}

ThemeChoice current()
{
    return g_current;
}

void followPalette(QWidget *widget, const std::function<void()> &restyle)
{
    restyle();
    new PaletteFollower(widget, restyle);
}

} // namespace causeway::theme
