// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace causeway {

/**
 * Settings > Configure Causeway…: the theme, and the time zone and form template that File > New
 * gives a new document. OK and Apply store the settings and switch the theme at once; the
 * defaults take effect on the next File > New, never on the open document (that is an edit of
 * its own, in the form).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// What the dialog shows now (not yet stored).
    AppSettings settings() const;
    void setSettings(const AppSettings &settings);
    /// Checks, stores and applies what the dialog shows; false (with the reason shown) when the
    /// time zone is not one this system knows.
    bool apply();

    /// The shortcuts of the action that opens this dialog: the platform's, and Ctrl+, everywhere.
    static QList<QKeySequence> shortcuts();

Q_SIGNALS:
    void applied(const causeway::AppSettings &settings);

private:
    QComboBox *m_theme;
    QComboBox *m_zone;
    QComboBox *m_template;
    QLabel *m_zoneError;
    QDialogButtonBox *m_buttons;
};

} // namespace causeway
