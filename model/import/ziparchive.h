// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorylimits.h"

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;
struct zip_file;

namespace causeway {

/**
 * One entry of a ZipArchive being read, as a sequential device. read() fails (returns -1) on
 * corrupt data and once more bytes come out than ZipArchive::MaxEntrySize, whatever the entry
 * claimed: a ZIP bomb never reaches memory. failure() then says why.
 */
class ZipEntryReader : public QIODevice
{
public:
    explicit ZipEntryReader(zip_file *file);
    ~ZipEntryReader() override;

    bool isSequential() const override { return true; }
    /// Why reading stopped early; empty while all is well.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    zip_file *m_file;
    qint64 m_read = 0;
    QString m_failure;
};

/**
 * A ZIP file read in place (libzip), never unpacked to disk. Entries whose names could point
 * outside the archive's folder (absolute, `..`, backslashes, drive letters) are not offered at all
 * but listed by unsafeNames(), so that an importer can say what it left out.
 */
class ZipArchive
{
public:
    /// An entry larger than this is refused: no day of chat or log export is, but a ZIP bomb is.
    static constexpr qint64 MaxEntrySize = limits::ZipEntry;

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens \a path; false, with \a error saying why, when it is missing or not a (whole) ZIP file.
    bool open(const QString &path, QString *error);

    /// The safe entry names in archive order, folders included ("general/").
    QStringList names() const { return m_names; }
    /// Entry names left out as unsafe, as the archive spells them.
    QStringList unsafeNames() const { return m_unsafe; }
    bool contains(const QString &name) const { return m_index.contains(name); }
    /// The uncompressed size the archive declares for \a name; -1 when unknown.
    qint64 declaredSize(const QString &name) const;
    /**
     * Opens the entry \a name for reading. Null, with \a error saying why, when it is missing,
     * encrypted, or declares a size above MaxEntrySize.
     */
    std::unique_ptr<ZipEntryReader> openEntry(const QString &name, QString *error) const;

    /// Whether \a name is a relative path that stays inside the archive's folder.
    static bool isSafeName(const QString &name);

private:
    zip *m_zip = nullptr;
    QHash<QString, quint64> m_index;
    QStringList m_names;
    QStringList m_unsafe;
};

} // namespace causeway
