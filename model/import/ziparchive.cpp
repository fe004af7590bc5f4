// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <limits>

namespace causeway {

namespace {

QString libzipError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes >> 20);
}

} // namespace

ZipEntryReader::ZipEntryReader(zip_file *file)
    : m_file(file)
{
    // Unbuffered: JsonArrayStream and LineReader read in chunks of their own.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntryReader::~ZipEntryReader()
{
    zip_fclose(m_file);
}

qint64 ZipEntryReader::readData(char *data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_failure = QCoreApplication::translate("causeway::Import", "cannot unpack: %1")
                        .arg(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    m_read += n;
    // The declared size was checked on opening; this holds even when the archive lied about it.
    if (m_read > ZipArchive::MaxEntrySize) {
        m_failure = QCoreApplication::translate(
            "causeway::Import", "unpacks to more than the %1 allowed for one file")
                        .arg(mebibytes(ZipArchive::MaxEntrySize));
        return -1;
    }
    return n;
}

qint64 ZipEntryReader::writeData(const char *, qint64)
{
    return -1;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false; // "C:..." names a drive on Windows
    const QStringList parts = name.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
        // Empty parts ("a//b") are odd; only the one after a folder's final "/" is expected.
        if (part.isEmpty() && i != parts.size() - 1)
            return false;
    }
    return true;
}

bool ZipArchive::open(const QString &path, QString *error)
{
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0) {
        *error = QCoreApplication::translate("causeway::Import", "%1: the file is empty").arg(path);
        return false;
    }
    int code = 0;
    // ZIP_CHECKCONS compares the local headers with the central directory, so that a truncated or
    // tampered archive is refused at once instead of half-read.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        *error = code == ZIP_ER_NOZIP
            ? QCoreApplication::translate("causeway::Import", "%1: not a ZIP file (or a truncated one)")
                  .arg(path)
            : QCoreApplication::translate("causeway::Import", "%1: cannot read the ZIP file: %2")
                  .arg(path, libzipError(code));
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            continue;
        const QString name = QString::fromUtf8(raw);
        if (!isSafeName(name)) {
            m_unsafe << name;
            continue;
        }
        if (m_index.contains(name))
            continue; // a repeated name: the first one counts, as unzip would extract it first
        m_index.insert(name, zip_uint64_t(i));
        m_names << name;
    }
    return true;
}

qint64 ZipArchive::declaredSize(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return -1;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, *it, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return -1;
    return st.size > zip_uint64_t(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                      : qint64(st.size);
}

std::unique_ptr<ZipEntryReader> ZipArchive::openEntry(const QString &name, QString *error) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        *error = QCoreApplication::translate("causeway::Import", "not in the archive");
        return nullptr;
    }
    const qint64 size = declaredSize(name);
    if (size > MaxEntrySize) {
        *error = QCoreApplication::translate(
            "causeway::Import", "unpacks to %1, more than the %2 allowed for one file")
                     .arg(mebibytes(size), mebibytes(MaxEntrySize));
        return nullptr;
    }
    zip_file_t *file = zip_fopen_index(m_zip, *it, 0);
    if (!file) {
        *error = QCoreApplication::translate("causeway::Import", "cannot unpack: %1")
                     .arg(QString::fromUtf8(zip_strerror(m_zip)));
        return nullptr;
    }
    return std::make_unique<ZipEntryReader>(file);
}

} // namespace causeway
