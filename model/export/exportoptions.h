// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace causeway {

/// Who reads an export: the team (everything) or leadership (blameless and without raw material).
enum class Audience { Internal, Leadership };
enum class PageSize { A4, Letter };

struct ExportOptions
{
    Audience audience = Audience::Internal;
    /// Roles instead of people's names, whatever the audience.
    bool anonymize = false;
    PageSize pageSize = PageSize::A4;

    bool hidesNames() const { return anonymize || audience == Audience::Leadership; }
    /// Leadership reads no raw evidence and no private notes.
    bool hidesRawMaterial() const { return audience == Audience::Leadership; }
};

} // namespace causeway
