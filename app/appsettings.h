// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "theme/theme.h"

#include <QMetaType>
#include <QString>

namespace causeway {

/**
 * The user's preferences, kept in QSettings under the organisation and application names that
 * main() sets. Values that cannot be read (a zone this system does not know, a template of a newer
 * version) fall back to the defaults, so a bad settings file never stops the application.
 */
struct AppSettings
{
    ThemeChoice theme = ThemeChoice::System;
    /// The time zone of new documents: an IANA name such as "Europe/Berlin".
    QString defaultZone = QStringLiteral("UTC");
    /// The form template of new documents.
    TemplateId defaultTemplate = TemplateId::Default;

    static AppSettings load();
    void save() const;

    /// What File > New starts from: nothing yet, in the default zone and template.
    DocumentContent newDocumentContent() const;

    friend bool operator==(const AppSettings &a, const AppSettings &b)
    {
        return a.theme == b.theme && a.defaultZone == b.defaultZone && a.defaultTemplate == b.defaultTemplate;
    }
    friend bool operator!=(const AppSettings &a, const AppSettings &b) { return !(a == b); }
};

} // namespace causeway

Q_DECLARE_METATYPE(causeway::AppSettings)
