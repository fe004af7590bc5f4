// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinternallinks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVector>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

// The page objects in page order, from the page tree's /Kids (the writer keeps one flat tree).
QVector<int> pageObjects(const QByteArray &pdf)
{
    QVector<int> pages;
    static const QRegularExpression pagesObject(
        QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Kids\\s*\\[([^\\]]*)\\]"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = pagesObject.match(QString::fromLatin1(pdf.constData(), pdf.size()));
    if (!m.hasMatch())
        return pages;
    static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto it = reference.globalMatch(m.captured(1));
    while (it.hasNext())
        pages.append(it.next().captured(1).toInt());
    return pages;
}

} // namespace

QByteArray resolveInternalLinks(const QByteArray &pdf, const QString &prefix,
    const QHash<QString, PdfDestination> &places, QString *error)
{
    // Latin-1 maps each byte to one character, so offsets in the text are offsets in the file. The
    // size is given: Qt 5 would stop at the first NUL byte of a binary stream otherwise.
    const QString text = QString::fromLatin1(pdf.constData(), pdf.size());
    const QVector<int> pages = pageObjects(pdf);
    if (pages.isEmpty()) {
        *error = tr("no page tree found");
        return {};
    }
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    const QRegularExpressionMatch xref = startXref.match(text);
    static const QRegularExpression trailer(
        QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref"), QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch lastTrailer;
    for (auto it = trailer.globalMatch(text); it.hasNext();)
        lastTrailer = it.next();
    if (!xref.hasMatch() || !lastTrailer.hasMatch()) {
        *error = tr("no cross-reference table found");
        return {};
    }
    const QString trailerBody = lastTrailer.captured(1);
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+(\\d+\\s+\\d+\\s+R)"));
    const QRegularExpressionMatch sizeMatch = size.match(trailerBody);
    const QRegularExpressionMatch rootMatch = root.match(trailerBody);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch()) {
        *error = tr("the trailer has no /Size or /Root");
        return {};
    }

    // Each link annotation whose URI carries the prefix becomes a link to a place in the file.
    static const QRegularExpression link(
        QStringLiteral("(\\d+) 0 obj\\s*<<\\s*/Type\\s*/Annot\\s*/Subtype\\s*/Link\\s*"
                       "/Rect\\s*\\[([^\\]]*)\\].*?/URI\\s*\\(([^)]*)\\).*?endobj"),
        QRegularExpression::DotMatchesEverythingOption);
    QByteArray update;
    QVector<QPair<int, qint64>> offsets;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString uri = m.captured(3);
        if (!uri.startsWith(prefix))
            continue;
        const int object = m.captured(1).toInt();
        QByteArray annotation = QByteArrayLiteral("<<\n/Type /Annot\n/Subtype /Link\n/Rect [") +
            m.captured(2).toLatin1() + QByteArrayLiteral("]\n/Border [0 0 0]\n");
        const auto place = places.constFind(uri.mid(prefix.size()));
        if (place != places.cend() && place->page >= 0 && place->page < pages.size()) {
            annotation += QByteArrayLiteral("/Dest [") + QByteArray::number(pages.at(place->page)) +
                QByteArrayLiteral(" 0 R /XYZ null ") + QByteArray::number(place->y, 'f', 2) +
                QByteArrayLiteral(" null]\n");
        }
        annotation += QByteArrayLiteral(">>");
        offsets.append({ object, pdf.size() + 1 + update.size() });
        update += QByteArray::number(object) + QByteArrayLiteral(" 0 obj\n") + annotation +
            QByteArrayLiteral("\nendobj\n");
    }
    if (offsets.isEmpty())
        return pdf;

    // An incremental update: new versions of those objects, their cross-reference entries, and a
    // trailer that points back at the original table.
    const qint64 xrefOffset = pdf.size() + 1 + update.size();
    update += "xref\n";
    for (const auto &entry : offsets) {
        update += QByteArray::number(entry.first) + " 1\n";
        update += QByteArray::number(entry.second).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + sizeMatch.captured(1).toLatin1() + "\n/Root " +
        rootMatch.captured(1).toLatin1() + "\n";
    const QRegularExpressionMatch infoMatch = info.match(trailerBody);
    if (infoMatch.hasMatch())
        update += "/Info " + infoMatch.captured(1).toLatin1() + "\n";
    update += "/Prev " + xref.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
        "\n%%EOF\n";
    return pdf + '\n' + update;
}

} // namespace causeway
