// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Slack importer on an export folder whose files all come from one input
// (the bundle format of causeway::fuzz::unpackSlackBundle), so that the fuzzer can change the
// users, the channel lists and the day files together. The ZIP side is fuzz_import_slack_zip.
#include "fuzzchecks.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("export"));
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        qFatal("fuzz_import_slack_folder: cannot make %s", qPrintable(folder));
    causeway::fuzz::unpackSlackBundle(QByteArray(reinterpret_cast<const char *>(data), int(size)), folder);
    const QString problem = causeway::fuzz::checkImport(QStringLiteral("slack"), folder);
    if (!problem.isEmpty())
        qFatal("fuzz_import_slack_folder: %s", qPrintable(problem));
    return 0;
}
