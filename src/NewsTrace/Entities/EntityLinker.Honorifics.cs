using NewsTrace.Entities.Data;

namespace NewsTrace.Entities;

/// <summary>
/// A surname shared by people of one story ("Terence Mulvaney", his wife "Colleen Mulvaney", their son "Jarrod Mulvaney"):
/// a gendered honorific before the surname alone ("Ms Mulvaney") picks the one person of that gender. A part of
/// <see cref="EntityLinker"/>; without such an honorific the surname is the sharer named last before it.
/// </summary>
internal static partial class EntityLinker
{
    /// <summary>
    /// Notes that <paramref name="key"/> bears a surname <paramref name="firstKey"/> bore first. The table is made only for a
    /// document where two people share a surname, which most never do.
    /// </summary>
    private static void AddSharedSurname(ref Dictionary<string, List<string>>? shared, string surname, string firstKey, string key)
    {
        if (string.Equals(firstKey, key, StringComparison.Ordinal))
        {
            return;
        }

        shared ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!shared.TryGetValue(surname, out var list))
        {
            shared[surname] = list = [firstKey];
        }

        if (!list.Contains(key, StringComparer.Ordinal))
        {
            list.Add(key);
        }
    }

    /// <summary>
    /// The full name of the one person sharing <paramref name="surname"/> whose given name may agree with the honorific's
    /// gender ("Ms", "Mrs", "Miss" or "Mr"), or null when the honorific has no gender, fewer than two people share the
    /// surname, or not exactly one of them may agree.
    /// </summary>
    private static string? OwnerByHonorific(ReadOnlySpan<char> honorific, string surname, Dictionary<string, List<string>> owners, Dictionary<string, string> fullNames)
    {
        var female = honorific is "Ms" or "Ms." or "Mrs" or "Mrs." or "Miss";
        if ((!female && honorific is not ("Mr" or "Mr.")) || !owners.TryGetValue(surname, out var sharers) || sharers.Count < 2)
        {
            return null;
        }

        // Only a given name the lists give the other gender rules a sharer out: "Ms." may be the daughter Dana where "Mrs."
        // is her mother Helen, and Dana is a name of both genders.
        var other = female ? GivenNameGenders.Male : GivenNameGenders.Female;
        return Single(sharers, fullNames, given => !other.Contains(given));
    }

    /// <summary>
    /// For a person mention where people share a surname: a full name is noted as the last named of its surname and keeps its
    /// canonical (null returned); a lone surname after an honorific is the person it picks (null when it picks no one); a
    /// lone surname without one is the sharer named last before it when that was near (else null: the first person named), and
    /// the surname as written where no sharer was named before (nobody's yet).
    /// </summary>
    private static string? SharedSurnameOwner(string text, System.Collections.Immutable.ImmutableArray<Text.Token> tokens, NameCandidate candidate, string surface, string key,
        Dictionary<string, List<string>> sharedSurnames, Dictionary<string, string> fullNames, ref Dictionary<string, (string Key, int Token)>? lastSharer)
    {
        if (candidate.FirstToken != candidate.LastToken)
        {
            // The full names that share a surname are few and known: looked up by key, with no string made per name.
            foreach (var (surname, namesakes) in sharedSurnames)
            {
                if (namesakes.Contains(key, StringComparer.Ordinal))
                {
                    (lastSharer ??= new Dictionary<string, (string, int)>(StringComparer.Ordinal))[surname] = (key, candidate.LastToken);
                }
            }

            return null;
        }

        if (!sharedSurnames.TryGetValue(key, out var sharers) || sharers.Count < 2)
        {
            return null;
        }

        if (candidate.FirstToken > 0 && NameWords.Honorifics.Contains(TokenText.Of(text, tokens[candidate.FirstToken - 1])))
        {
            // "Ms. Szczepanik" where both mother and daughter may be "Ms.": an honorific that picks no one leaves the surname
            // with the first person named, as the story's own convention most often does.
            return OwnerByHonorific(TokenText.Of(text, tokens[candidate.FirstToken - 1]), key, sharedSurnames, fullNames);
        }

        // "Cllr Moran" where the story introduced "Deirdre Moran, a Fine Gael councillor" and her brother: the title picks the
        // sharer introduced with its role.
        if (candidate.FirstToken > 0 && TitleRoles.TryGetValue(TokenText.Of(text, tokens[candidate.FirstToken - 1]).ToString(), out var role)
            && OwnerByRole(text, role, sharers, fullNames) is { } titled)
        {
            return titled;
        }

        // The sharer named just before (within a sentence or two) is the one meant; one named further back is not, for a story
        // goes back to its protagonist ("As Greg McDermott said Thursday, ..." then "McDermott said" of his son Doug).
        if (lastSharer is null || !lastSharer.TryGetValue(key, out var last))
        {
            return surface;
        }

        return candidate.FirstToken - last.Token <= NearSharerTokens && fullNames.TryGetValue(last.Key, out var full) ? full : null;
    }

    /// <summary>
    /// Titles written before a surname and the role word a story introduces their holder with; "Prof." and "Dr" are
    /// honorifics, read before these (<see cref="OwnerByHonorific"/>).
    /// </summary>
    private static readonly Dictionary<string, string> TitleRoles = new(StringComparer.Ordinal)
    {
        ["Cllr"] = "councillor",
        ["Cllr."] = "councillor",
        ["Councillor"] = "councillor",
        ["Councilor"] = "councilor",
        ["Sen."] = "senator",
        ["Senator"] = "senator",
        ["Rep."] = "representative",
        ["Mayor"] = "mayor",
        ["Judge"] = "judge",
        ["Coach"] = "coach",
        ["Professor"] = "professor",
    };

    /// <summary>How far after a sharer's full name its introduction's role word may stand ("Deirdre Moran, a Fine Gael councillor").</summary>
    private const int RoleReach = 60;

    /// <summary>The full name of the one sharer whose first full mention has <paramref name="role"/> just before or after it; null for none or several.</summary>
    private static string? OwnerByRole(string text, string role, List<string> sharers, Dictionary<string, string> fullNames)
    {
        string? found = null;
        foreach (var key in sharers)
        {
            var full = fullNames[key];
            var at = text.IndexOf(full, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var from = Math.Max(0, at - 30);
            var window = text.AsSpan(from, Math.Min(text.Length, at + full.Length + RoleReach) - from);
            var paragraphEnd = window[(at - from)..].IndexOf('\n');
            if (paragraphEnd > 0)
            {
                window = window[..(at - from + paragraphEnd)];
            }

            if (window.Contains(role, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = full;
            }
        }

        return found;
    }

    /// <summary>How near before a lone shared surname the sharer named last must be to be the one meant.</summary>
    private const int NearSharerTokens = 40;

    private static string? Single(List<string> sharers, Dictionary<string, string> fullNames, Func<string, bool> agrees)
    {
        string? found = null;
        foreach (var key in sharers)
        {
            // "W.A. Chamari Perera": initials before the given name are passed over to it.
            var full = fullNames[key];
            var from = 0;
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            while (space > from && full[space - 1] == '.' && full.IndexOf(' ', space + 1) > 0)
            {
                from = space + 1;
                space = full.IndexOf(' ', from);
            }

            if (space > from && agrees(full[from..space]))
            {
                if (found is not null)
                {
                    return null;
                }

                found = full;
            }
        }

        return found;
    }
}
