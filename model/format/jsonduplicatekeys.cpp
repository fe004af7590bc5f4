// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVector>

namespace causeway {

namespace {

struct Frame
{
    explicit Frame(bool object = false)
        : isObject(object)
    { }
    bool isObject;
    bool expectKey = true; // objects: the next string is a key
    int index = 0; // arrays: the element being read
    QString key; // objects: the member being read
    QSet<QString> keys;
};

/// The text of the JSON string literal \a raw (with its quotes), unescaped.
QString unescape(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

QString pathOf(const QVector<Frame> &stack, const QString &lastKey)
{
    QString path;
    for (int i = 0; i + 1 < stack.size(); ++i) {
        const Frame &f = stack.at(i);
        if (f.isObject)
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + f.key;
        else
            path += QStringLiteral("[%1]").arg(f.index);
    }
    return path.isEmpty() ? lastKey : path + QLatin1Char('.') + lastKey;
}

} // namespace

std::optional<LoadError> findDuplicateKey(const QByteArray &json)
{
    QVector<Frame> stack;
    const int n = json.size();
    for (int i = 0; i < n; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
            stack.append(Frame(true));
            break;
        case '[':
            stack.append(Frame(false));
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().isObject)
                    stack.last().expectKey = true;
                else
                    ++stack.last().index;
            }
            break;
        case '"': {
            const int start = i;
            for (++i; i < n && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (stack.isEmpty() || !stack.last().isObject || !stack.last().expectKey)
                break;
            Frame &top = stack.last();
            const QString key = unescape(json.mid(start, i - start + 1));
            if (top.keys.contains(key)) {
                LoadError e;
                e.path = pathOf(stack, key);
                e.message =
                    QStringLiteral("the key \"%1\" appears twice in one object; expected each key once")
                        .arg(key);
                return e;
            }
            top.keys.insert(key);
            top.key = key;
            top.expectKey = false;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace causeway
