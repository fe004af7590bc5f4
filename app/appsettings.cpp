// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "enumnames.h"

#include <QSettings>
#include <QTimeZone>

namespace causeway {

namespace {
const char *const ThemeKey = "appearance/theme";
const char *const ZoneKey = "newDocument/zone";
const char *const TemplateKey = "newDocument/template";
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings s;
    s.theme = theme::choiceFromKey(settings.value(QLatin1String(ThemeKey)).toString());
    const QString zone = settings.value(QLatin1String(ZoneKey), s.defaultZone).toString();
    if (QTimeZone(zone.toUtf8()).isValid())
        s.defaultZone = zone;
    const QString templateName = settings.value(QLatin1String(TemplateKey)).toString();
    s.defaultTemplate = enumFromName<TemplateId>(templateName).value_or(TemplateId::Default);
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(ThemeKey), theme::choiceKey(theme));
    settings.setValue(QLatin1String(ZoneKey), defaultZone);
    settings.setValue(QLatin1String(TemplateKey), enumName(defaultTemplate));
}

DocumentContent AppSettings::newDocumentContent() const
{
    DocumentContent content;
    content.templateId = defaultTemplate;
    content.incident.zone = defaultZone;
    return content;
}

} // namespace causeway
