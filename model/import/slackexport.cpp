// SPDX-License-Identifier: GPL-3.0-or-later
#include "slackexport.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace causeway {

namespace {

const QStringList &indexFiles()
{
    static const QStringList names = { QStringLiteral("channels.json"), QStringLiteral("groups.json"),
        QStringLiteral("mpims.json"), QStringLiteral("dms.json"), QStringLiteral("users.json"),
        QStringLiteral("org_users.json") };
    return names;
}

class ZipExport : public SlackExportFiles
{
public:
    bool load(const QString &path, QString *error)
    {
        if (!m_zip.open(path, error))
            return false;
        // A re-packed export keeps everything in one top-level folder: read from inside it.
        bool atRoot = false;
        for (const QString &index : indexFiles())
            atRoot = atRoot || m_zip.contains(index);
        if (!atRoot) {
            QString top;
            bool oneFolder = true;
            for (const QString &name : m_zip.names()) {
                const int slash = name.indexOf(QLatin1Char('/'));
                const QString first = slash < 0 ? QString() : name.left(slash + 1);
                if (first.isEmpty() || (!top.isEmpty() && first != top)) {
                    oneFolder = false;
                    break;
                }
                top = first;
            }
            if (oneFolder)
                m_prefix = top;
        }
        for (const QString &name : m_zip.names()) {
            if (!name.startsWith(m_prefix))
                continue;
            const QStringList parts = name.mid(m_prefix.size()).split(QLatin1Char('/'));
            if (parts.size() < 2 || parts.first().isEmpty())
                continue;
            QStringList &days = m_folders[parts.first()];
            if (parts.size() == 2 && isDayFileName(parts.at(1)))
                days << parts.join(QLatin1Char('/'));
        }
        for (QStringList &days : m_folders)
            days.sort();
        return true;
    }

    bool contains(const QString &path) const override { return m_zip.contains(m_prefix + path); }
    QStringList folders() const override { return m_folders.keys(); }
    QStringList dayFiles(const QString &folder) const override { return m_folders.value(folder); }
    qint64 size(const QString &path) const override
    {
        return qMax<qint64>(0, m_zip.declaredSize(m_prefix + path));
    }
    std::unique_ptr<QIODevice> openFile(const QString &path, QString *error) const override
    {
        return m_zip.openEntry(m_prefix + path, error);
    }
    QString readFailure(const QIODevice &device) const override
    {
        const auto *entry = dynamic_cast<const ZipEntryReader *>(&device);
        return entry ? entry->failure() : QString();
    }
    QStringList unsafePaths() const override { return m_zip.unsafeNames(); }

private:
    ZipArchive m_zip;
    QString m_prefix;
    QMap<QString, QStringList> m_folders;
};

class FolderExport : public SlackExportFiles
{
public:
    explicit FolderExport(const QString &root)
        : m_root(root)
    { }

    bool contains(const QString &path) const override { return QFileInfo(m_root.filePath(path)).isFile(); }
    QStringList folders() const override
    {
        return m_root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }
    QStringList dayFiles(const QString &folder) const override
    {
        QStringList days;
        const QDir dir(m_root.filePath(folder));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            if (isDayFileName(name))
                days << folder + QLatin1Char('/') + name;
        }
        return days;
    }
    qint64 size(const QString &path) const override { return QFileInfo(m_root.filePath(path)).size(); }
    std::unique_ptr<QIODevice> openFile(const QString &path, QString *error) const override
    {
        auto file = std::make_unique<QFile>(m_root.filePath(path));
        if (!file->open(QIODevice::ReadOnly)) {
            *error =
                QCoreApplication::translate("causeway::Import", "cannot open: %1").arg(file->errorString());
            return nullptr;
        }
        return file;
    }
    QString readFailure(const QIODevice &device) const override
    {
        const auto *file = dynamic_cast<const QFile *>(&device);
        return file && file->error() != QFileDevice::NoError ? file->errorString() : QString();
    }

private:
    QDir m_root;
};

} // namespace

SlackExportFiles::~SlackExportFiles() = default;

bool SlackExportFiles::isDayFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.json$"));
    return pattern.match(name).hasMatch();
}

std::unique_ptr<SlackExportFiles> SlackExportFiles::openExport(const QString &source, QString *error)
{
    const QFileInfo info(source);
    if (!info.exists()) {
        *error = QCoreApplication::translate("causeway::Import", "%1: cannot open: no such file or folder")
                     .arg(source);
        return nullptr;
    }
    if (info.isDir())
        return std::make_unique<FolderExport>(source);
    auto zip = std::make_unique<ZipExport>();
    if (!zip->load(source, error))
        return nullptr;
    return zip;
}

} // namespace causeway
