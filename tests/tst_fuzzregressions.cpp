// SPDX-License-Identifier: GPL-3.0-or-later
// Every input with which a fuzz target (tests/fuzz) once found a crash, a leak, undefined
// behaviour or a broken promise is kept in data/fuzz-regressions/<target>/. Here each one is read
// again the way its target reads it, in the ordinary build: it must load (or import) or fail
// cleanly, with an error that says where, and the target's checks (fuzz/fuzzchecks.h) must hold.
#include "format/documentfile.h"
#include "fuzz/fuzzchecks.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace causeway;

namespace {

QString regressionsFolder()
{
    return QStringLiteral(CAUSEWAY_SOURCE_DIR "/tests/data/fuzz-regressions");
}

/// The importer a fuzz_import_* target runs: "fuzz_import_k8s_events" → "k8s-events".
QString importerOf(const QString &target)
{
    QString format = target.mid(QStringLiteral("fuzz_import_").size());
    if (format.startsWith(QLatin1String("slack_")))
        return QStringLiteral("slack");
    return format.replace(QLatin1Char('_'), QLatin1Char('-'));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersAreTargets();
    void input_data();
    void input();
};

// A folder whose name is no fuzz target would be skipped silently below: catch a typo.
void TestFuzzRegressions::foldersAreTargets()
{
    const QStringList folders = QDir(regressionsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!folders.isEmpty());
    for (const QString &folder : folders) {
        const bool known = folder == QLatin1String("fuzz_load") ||
            folder == QLatin1String("fuzz_import_slack_zip") ||
            folder == QLatin1String("fuzz_import_slack_folder") ||
            (folder.startsWith(QLatin1String("fuzz_import_")) && importerNamed(importerOf(folder)));
        QVERIFY2(known, qPrintable(folder + QStringLiteral(" is not the name of a fuzz target")));
    }
}

void TestFuzzRegressions::input_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(regressionsFolder());
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(root.filePath(target));
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name)) << target << folder.filePath(name);
    }
}

void TestFuzzRegressions::input()
{
    QFETCH(QString, target);
    QFETCH(QString, path);

    if (target == QLatin1String("fuzz_load")) {
        const QString problem = fuzz::checkLoad(contentOf(path));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // And as the application opens it: a document, or errors that name the file and say where.
        const LoadResult loaded = loadDocument(path);
        QCOMPARE(loaded.document == nullptr, !loaded.errors.isEmpty());
        for (const LoadError &error : loaded.errors) {
            const QString shown = error.toString(path);
            QVERIFY2(
                shown.startsWith(path + QLatin1Char(':')) && !error.message.isEmpty(), qPrintable(shown));
            QVERIFY2(
                error.line > 0 || !error.path.isEmpty() || !error.message.contains(QLatin1String("syntax")),
                qPrintable(shown + QStringLiteral(" (a syntax error without its line)")));
        }
        return;
    }

    QString source = path;
    QTemporaryDir scratch;
    if (target == QLatin1String("fuzz_import_slack_folder")) {
        source = scratch.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(source));
        fuzz::unpackSlackBundle(contentOf(path), source);
    }
    const QString problem = fuzz::checkImport(importerOf(target), source);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
