// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfile.h"

#include "document.h"
#include "documentreader.h"
#include "documentwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace causeway {

LoadResult loadDocument(const QString &fileName)
{
    LoadResult result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({ QString(), 0, 0,
            QCoreApplication::translate("causeway::DocumentReader", "cannot open the file: %1")
                .arg(file.errorString()) });
        return result;
    }
    ReadResult read = readDocument(&file);
    if (!read.content) {
        result.errors = std::move(read.errors);
        return result;
    }
    result.document = std::make_unique<Document>(std::move(*read.content));
    result.document->setFileName(QFileInfo(fileName).absoluteFilePath());
    return result;
}

bool saveDocument(Document &document, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("causeway::DocumentReader", "Cannot write %1: %2")
                         .arg(fileName, file.errorString());
        return false;
    }
    if (!writeDocument(document, &file)) {
        file.cancelWriting();
        if (error)
            *error = QCoreApplication::translate("causeway::DocumentReader", "Cannot write %1: %2")
                         .arg(fileName, file.errorString());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("causeway::DocumentReader",
                "Cannot save %1: %2. The previous version of the file is unchanged.")
                         .arg(fileName, file.errorString());
        return false;
    }
    document.setFileName(QFileInfo(fileName).absoluteFilePath());
    document.markSaved();
    return true;
}

} // namespace causeway
