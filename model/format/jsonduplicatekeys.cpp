// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonduplicatekeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace causeway {

namespace {

// One open object or array. Keys are views into the file's bytes, so the scan allocates nothing
// per object: it runs over every event of a large timeline on each load.
struct Frame
{
    bool isObject = false;
    bool expectKey = true; // objects: the next string is a key
    int index = 0; // arrays: the element being read
    std::string_view key; // objects: the member being read
    std::vector<std::string_view> keys;
};

QString pathOf(const std::vector<Frame> &stack, size_t depth, const QString &prefix, const QString &lastKey)
{
    QString path = prefix;
    for (size_t i = 0; i + 1 < depth; ++i) {
        const Frame &f = stack.at(i);
        if (f.isObject)
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) +
                QString::fromUtf8(f.key.data(), int(f.key.size()));
        else
            path += QStringLiteral("[%1]").arg(f.index);
    }
    return path.isEmpty() ? lastKey : path + QLatin1Char('.') + lastKey;
}

} // namespace

LoadError duplicateKeyError(const QString &path, const QString &name)
{
    LoadError e;
    e.path = path;
    e.message = QCoreApplication::translate(
        "causeway::DocumentReader", "the key \"%1\" appears twice in one object; expected each key once")
                    .arg(name);
    return e;
}

std::optional<LoadError> findDuplicateKey(const QByteArray &json)
{
    return findDuplicateKey(json.constData(), json.size(), QString());
}

std::optional<LoadError> findDuplicateKey(const char *data, qsizetype size, const QString &key, int index)
{
    // The place is spelt out only when there is an error: this runs once per timeline event.
    const auto pathPrefix = [&] {
        return index < 0 ? key : key + QStringLiteral("[%1]").arg(index);
    };
    std::vector<Frame> stack;
    size_t depth = 0;
    std::deque<std::string> decoded; // the few keys written with escapes, unescaped
    const size_t n = size_t(size);
    for (size_t i = 0; i < n; ++i) {
        switch (data[i]) {
        case '{':
        case '[':
            if (stack.size() == depth)
                stack.emplace_back();
            stack[depth].isObject = data[i] == '{';
            stack[depth].expectKey = true;
            stack[depth].index = 0;
            stack[depth].keys.clear();
            ++depth;
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        case ',':
            if (depth > 0) {
                Frame &top = stack[depth - 1];
                if (top.isObject)
                    top.expectKey = true;
                else
                    ++top.index;
            }
            break;
        case '"': {
            const size_t start = i + 1;
            bool escaped = false;
            for (++i; i < n; ++i) {
                const char *quote = static_cast<const char *>(std::memchr(data + i, '"', n - i));
                if (!quote) {
                    i = n;
                    break;
                }
                // A quote is the end unless an odd number of backslashes stands before it.
                size_t backslashes = 0;
                for (const char *p = quote - 1; p >= data + start && *p == '\\'; --p)
                    ++backslashes;
                escaped = escaped || std::memchr(data + i, '\\', size_t(quote - (data + i))) != nullptr;
                i = size_t(quote - data);
                if (backslashes % 2 == 0)
                    break;
            }
            if (depth == 0 || !stack[depth - 1].isObject || !stack[depth - 1].expectKey)
                break;
            Frame &top = stack[depth - 1];
            std::string_view key(data + start, i - start);
            if (escaped) {
                const QByteArray raw = '[' + QByteArray(data + start - 1, int(key.size() + 2)) + ']';
                decoded.push_back(QJsonDocument::fromJson(raw).array().at(0).toString().toStdString());
                key = decoded.back();
            }
            for (std::string_view seen : top.keys) {
                if (seen == key) {
                    const QString name = QString::fromUtf8(key.data(), int(key.size()));
                    return duplicateKeyError(pathOf(stack, depth, pathPrefix(), name), name);
                }
            }
            top.keys.push_back(key);
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
