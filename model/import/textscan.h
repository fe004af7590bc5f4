// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Character tests for the hand-written line parsers of the text importers. Positions outside the
// text are simply "not there", so that a parser can look ahead without checking lengths first.

#include <QStringView>

namespace causeway::textscan {

inline bool digitAt(QStringView s, int i)
{
    return i >= 0 && i < s.size() && s.at(i).unicode() >= u'0' && s.at(i).unicode() <= u'9';
}

inline bool digitsAt(QStringView s, int i, int count)
{
    for (int k = 0; k < count; ++k) {
        if (!digitAt(s, i + k))
            return false;
    }
    return true;
}

/// How many digits follow one another from \a i.
inline int digitRun(QStringView s, int i)
{
    int n = 0;
    while (digitAt(s, i + n))
        ++n;
    return n;
}

/// The value of the \a count digits at \a i, which the caller has checked are digits.
inline int number(QStringView s, int i, int count)
{
    int v = 0;
    for (int k = 0; k < count; ++k)
        v = v * 10 + (s.at(i + k).unicode() - u'0');
    return v;
}

inline bool charAt(QStringView s, int i, char16_t c)
{
    return i >= 0 && i < s.size() && s.at(i).unicode() == c;
}

} // namespace causeway::textscan
