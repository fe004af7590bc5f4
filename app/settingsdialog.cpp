// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "form/templates.h"
#include "theme/themecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace causeway {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_zoneError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Configure Causeway"));

    for (ThemeChoice choice : theme::allChoices())
        m_theme->addItem(theme::choiceName(choice), int(choice));
    m_theme->setToolTip(tr("System follows the desktop's colours; Light and Dark use Causeway's own."));

    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setToolTip(tr("The time zone a new post-mortem starts in; each document can change its own."));
    m_zoneError->setWordWrap(true);
    m_zoneError->hide();
    theme::followPalette(m_zoneError, [this] {
        QPalette p = m_zoneError->palette();
        p.setColor(QPalette::WindowText,
            theme::readableOnWindow(QColor(0xb0, 0x1c, 0x1c), QApplication::palette(m_zoneError)));
        m_zoneError->setPalette(p);
    });

    for (TemplateId id : allTemplates())
        m_template->addItem(templateName(id), int(id));
    m_template->setToolTip(tr("The sections the post-mortem form of a new document shows."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    auto *newDocument = new QLabel(tr("<b>New documents</b>"), this);
    form->addRow(newDocument);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(QString(), m_zoneError);
    form->addRow(tr("Form t&emplate:"), m_template);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    setSettings(AppSettings::load());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.theme = ThemeChoice(m_theme->currentData().toInt());
    s.defaultZone = m_zone->currentText().trimmed();
    s.defaultTemplate = TemplateId(m_template->currentData().toInt());
    return s;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_zone->setEditText(settings.defaultZone);
    const int zoneIndex = m_zone->findText(settings.defaultZone);
    if (zoneIndex >= 0)
        m_zone->setCurrentIndex(zoneIndex);
    m_template->setCurrentIndex(m_template->findData(int(settings.defaultTemplate)));
    m_zoneError->hide();
}

bool SettingsDialog::apply()
{
    const AppSettings s = settings();
    if (!QTimeZone(s.defaultZone.toUtf8()).isValid()) {
        m_zoneError->setText(tr("“%1” is not a time zone this system knows; expected an IANA name such as "
                                "Europe/Berlin or UTC.")
                                 .arg(s.defaultZone));
        m_zoneError->show();
        m_zone->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_zoneError->hide();
    s.save();
    if (s.theme != theme::current())
        theme::apply(s.theme);
    Q_EMIT applied(s);
    return true;
}

QList<QKeySequence> SettingsDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(ctrlComma))
        keys.prepend(ctrlComma);
    return keys;
}

} // namespace causeway
