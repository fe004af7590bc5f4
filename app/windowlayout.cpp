// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include <QMainWindow>
#include <QSettings>
#include <QTabWidget>

namespace causeway::windowlayout {

namespace {
const char *const GeometryKey = "window/geometry";
const char *const StateKey = "window/state";
const char *const StateVersionKey = "window/stateVersion";
const char *const TabKey = "window/currentTab";
} // namespace

void save(const QMainWindow *window, const QTabWidget *tabs)
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), window->saveGeometry());
    settings.setValue(QLatin1String(StateKey), window->saveState(StateVersion));
    settings.setValue(QLatin1String(StateVersionKey), StateVersion);
    if (tabs)
        settings.setValue(QLatin1String(TabKey), tabs->currentIndex());
}

bool restore(QMainWindow *window, QTabWidget *tabs)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(GeometryKey)).toByteArray();
    if (geometry.isEmpty())
        return false;
    window->restoreGeometry(geometry);
    // restoreState() checks the version too; the stored number also keeps a state written by a
    // newer layout from being half-applied.
    if (settings.value(QLatin1String(StateVersionKey)).toInt() == StateVersion)
        window->restoreState(settings.value(QLatin1String(StateKey)).toByteArray(), StateVersion);
    if (tabs) {
        const int tab = settings.value(QLatin1String(TabKey), -1).toInt();
        if (tab >= 0 && tab < tabs->count())
            tabs->setCurrentIndex(tab);
    }
    return true;
}

} // namespace causeway::windowlayout
