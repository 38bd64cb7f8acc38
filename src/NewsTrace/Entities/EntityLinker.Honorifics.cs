using NewsTrace.Entities.Data;

namespace NewsTrace.Entities;

/// <summary>
/// A surname shared by people of one story ("Terence Mulvaney", his wife "Colleen Mulvaney", their son "Jarrod Mulvaney"):
/// a gendered honorific before the surname alone ("Ms Mulvaney") picks the one person of that gender. A part of
/// <see cref="EntityLinker"/>; without such an honorific the surname stays with the first person named.
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

    private static string? Single(List<string> sharers, Dictionary<string, string> fullNames, Func<string, bool> agrees)
    {
        string? found = null;
        foreach (var key in sharers)
        {
            var full = fullNames[key];
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && agrees(full[..space]))
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
