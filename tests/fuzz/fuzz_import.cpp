// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one importer, CAUSEWAY_FUZZ_IMPORTER ("csv", "jsonl", ...): the input is
// written to a file named CAUSEWAY_FUZZ_FILE_NAME, because importers read files, and imported
// with options that reach every path; then the importer's promises are checked (fuzzchecks.h).
#include "fuzzchecks.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    static const QString format = QStringLiteral(CAUSEWAY_FUZZ_IMPORTER);
    static const QString path = scratch.filePath(QStringLiteral(CAUSEWAY_FUZZ_FILE_NAME));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            qFatal("fuzz_import: cannot write %s", qPrintable(path));
    }
    const QString problem = causeway::fuzz::checkImport(format, path);
    if (!problem.isEmpty())
        qFatal("fuzz_import_%s: %s", CAUSEWAY_FUZZ_IMPORTER, qPrintable(problem));
    return 0;
}
