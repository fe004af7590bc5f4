// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagerules.h"

#include "checkids.h"
#include "prosetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The rule files are resources of the static model library; without this the linker drops them.
static void initCheckRuleResources()
{
    Q_INIT_RESOURCE(checkrules);
}

namespace causeway {

namespace {

/// Reads a rule file and stops at the first error, which names its place.
class RuleFileReader
{
public:
    explicit RuleFileReader(const QString &fileName)
        : m_fileName(fileName)
    { }

    bool fail(const QString &place, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = place.isEmpty() ? QStringLiteral("%1: %2").arg(m_fileName, what)
                                      : QStringLiteral("%1: %2: %3").arg(m_fileName, place, what);
        return false;
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString text(const QJsonObject &o, const QString &place, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(place, QStringLiteral("missing key \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(
                place + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected a non-empty string"));
            return {};
        }
        return v.toString();
    }

    QStringList textList(const QJsonValue &v, const QString &place)
    {
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(place, QStringLiteral("expected a non-empty array of strings"));
            return {};
        }
        QStringList list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
                fail(QStringLiteral("%1[%2]").arg(place).arg(i),
                    QStringLiteral("expected a non-empty string"));
                return {};
            }
            list << a.at(i).toString();
        }
        return list;
    }

private:
    QString m_fileName;
    QString m_error;
};

} // namespace

bool LanguageRules::isNegation(const QString &lowerWord) const
{
    return m_negations.contains(lowerWord) || lowerWord.endsWith(QLatin1String("n't"));
}

bool LanguageRules::load(const QByteArray &json, const QString &fileName, QString *error)
{
    RuleFileReader r(fileName);
    auto done = [&] {
        if (error)
            *error = r.error();
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QString(),
            QStringLiteral("JSON syntax error at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return done();
    }
    if (!doc.isObject()) {
        r.fail(QString(), QStringLiteral("expected a JSON object at the top level"));
        return done();
    }
    const QJsonObject top = doc.object();
    const QString language = r.text(top, QString(), "language", true);

    QHash<QString, QStringList> inflections;
    const QJsonValue inflectionValue = top.value(QLatin1String("inflections"));
    if (!inflectionValue.isUndefined() && !inflectionValue.isObject())
        r.fail(QStringLiteral("inflections"), QStringLiteral("expected an object of word lists"));
    const QJsonObject inflectionObject = inflectionValue.toObject();
    for (auto it = inflectionObject.constBegin(); it != inflectionObject.constEnd() && !r.failed(); ++it) {
        QStringList forms = r.textList(it.value(), QStringLiteral("inflections.") + it.key());
        for (QString &form : forms)
            form = form.toLower().replace(QChar(0x2019), QLatin1Char('\''));
        inflections.insert(it.key(), forms);
    }
    QStringList negations, personWords;
    if (!r.failed())
        negations = r.textList(top.value(QLatin1String("negations")), QStringLiteral("negations"));
    if (!r.failed())
        personWords = r.textList(top.value(QLatin1String("personWords")), QStringLiteral("personWords"));

    QVector<LanguageRule> rules;
    const QJsonValue rulesValue = top.value(QLatin1String("rules"));
    if (!r.failed() && (!rulesValue.isArray() || rulesValue.toArray().isEmpty()))
        r.fail(QStringLiteral("rules"), QStringLiteral("expected a non-empty array of rules"));
    const QJsonArray ruleArray = rulesValue.toArray();
    QSet<QString> ids;
    for (int i = 0; i < ruleArray.size() && !r.failed(); ++i) {
        const QString place = QStringLiteral("rules[%1]").arg(i);
        if (!ruleArray.at(i).isObject()) {
            r.fail(place, QStringLiteral("expected an object"));
            break;
        }
        const QJsonObject o = ruleArray.at(i).toObject();
        LanguageRule rule;
        rule.id = r.text(o, place, "id", true);
        if (ids.contains(rule.id))
            r.fail(place + QStringLiteral(".id"),
                QStringLiteral("\"%1\" is used by an earlier rule").arg(rule.id));
        ids.insert(rule.id);
        rule.checkId = r.text(o, place, "check", true);
        const QStringList checkIds = { QLatin1String(checks::BlameLanguage),
            QLatin1String(checks::PersonAsCause), QLatin1String(checks::VagueAction) };
        if (!r.failed() && !checkIds.contains(rule.checkId))
            r.fail(place + QStringLiteral(".check"),
                QStringLiteral("expected \"%1\", got \"%2\"")
                    .arg(checkIds.join(QStringLiteral("\", \"")), rule.checkId));
        const QString severity = r.text(o, place, "severity", true);
        if (severity == QLatin1String("info"))
            rule.severity = FindingSeverity::Info;
        else if (severity == QLatin1String("warning"))
            rule.severity = FindingSeverity::Warning;
        else if (severity == QLatin1String("error"))
            rule.severity = FindingSeverity::Error;
        else if (!r.failed())
            r.fail(place + QStringLiteral(".severity"),
                QStringLiteral("expected \"info\", \"warning\" or \"error\", got \"%1\"").arg(severity));
        rule.scope = rule.checkId == QLatin1String(checks::VagueAction) ? LanguageRule::Scope::Actions
                                                                        : LanguageRule::Scope::Prose;
        rule.negatable = o.value(QLatin1String("negatable")).toBool(false);
        rule.message = r.text(o, place, "message", true);
        rule.suggestion = r.text(o, place, "suggestion", true);
        rule.rewrite = r.text(o, place, "rewrite", false);
        const QStringList phrases = r.failed()
            ? QStringList()
            : r.textList(o.value(QLatin1String("phrases")), place + QStringLiteral(".phrases"));
        for (int p = 0; p < phrases.size() && !r.failed(); ++p) {
            const QString phrasePlace = QStringLiteral("%1.phrases[%2]").arg(place).arg(p);
            QVector<PhraseElement> elements;
            const QStringList parts = phrases.at(p).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                PhraseElement e;
                if (part.startsWith(QLatin1String("{person}"))) {
                    e.person = true;
                    e.suffix = part.mid(8).toLower().replace(QChar(0x2019), QLatin1Char('\''));
                } else if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
                    const QString name = part.mid(1, part.size() - 2);
                    if (!inflections.contains(name)) {
                        r.fail(phrasePlace,
                            QStringLiteral(
                                "unknown placeholder \"%1\": expected {person} or an inflection of "
                                "\"inflections\"")
                                .arg(part));
                        break;
                    }
                    e.words = inflections.value(name);
                } else {
                    e.words =
                        part.toLower().replace(QChar(0x2019), QLatin1Char('\'')).split(QLatin1Char('|'));
                }
                elements.append(e);
            }
            rule.phrases.append(elements);
            rule.phraseEndsWithTo.append(!parts.isEmpty() && parts.last() == QLatin1String("to"));
        }
        rules.append(rule);
    }
    if (r.failed())
        return done();
    m_rules += rules;
    for (const QString &n : negations)
        m_negations.insert(n.toLower().replace(QChar(0x2019), QLatin1Char('\'')));
    for (const QString &w : personWords)
        m_personWords.insert(w.toLower());
    m_languages << language;
    if (error)
        error->clear();
    return true;
}

bool LanguageRules::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return load(file.readAll(), QFileInfo(path).fileName(), error);
}

QStringList LanguageRules::builtInFiles()
{
    initCheckRuleResources();
    const QDir dir(QStringLiteral(":/checks"));
    QStringList files;
    for (const QString &name :
        dir.entryList({ QStringLiteral("blame-language.*.json") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

const LanguageRules &LanguageRules::builtIn()
{
    static const LanguageRules rules = [] {
        LanguageRules r;
        for (const QString &file : builtInFiles()) {
            QString error;
            if (!r.loadFile(file, &error))
                qWarning("%s", qPrintable(error));
        }
        return r;
    }();
    return rules;
}

} // namespace causeway
