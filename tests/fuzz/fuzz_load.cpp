// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .causeway reader (model/format), streamed as loadDocument() reads a file,
// against the in-memory reference reader, and the writer on whatever it accepts (fuzzchecks.h).
#include "fuzzchecks.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const QString problem = causeway::fuzz::checkLoad(bytes);
    if (!problem.isEmpty())
        qFatal("fuzz_load: %s", qPrintable(problem));
    return 0;
}
