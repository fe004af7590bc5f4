// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <QVector>

// The catalogues live in a static library: without this the linker drops them.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace causeway {

namespace {

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

QVector<QPointer<QTranslator>> &installed()
{
    static QVector<QPointer<QTranslator>> translators;
    return translators;
}

/// Loads "<name>_<language>.qm" from \a folder into a new translator and installs it.
bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

bool installTranslators(const QLocale &locale)
{
    initTranslationResources();
    for (const QPointer<QTranslator> &translator : qAsConst(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    // Qt's dialogs and standard buttons ("Cancel", "Save") in the same language as the rest.
    install(locale, QStringLiteral("qtbase"), qtTranslationsPath());
    return install(locale, QStringLiteral("causeway"), QStringLiteral(":/translations"));
}

} // namespace causeway
