using System.Collections.Frozen;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// "the agency" and "the union" for a body whose name does not hold the noun: the most recent public agency ("The Coast
/// Guard plans to close ... the agency said") or labour union ("the United Automobile Workers ... the union said") named
/// before; a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words of a public agency's name ("Coast Guard", "Forest Service", "National Labor Relations Board").</summary>
    private static readonly FrozenSet<string> AgencyNameWords = FrozenSet.ToFrozenSet(
        ["agency", "administration", "service", "guard", "bureau", "commission", "department", "board", "authority", "office",
         "institute", "survey", "patrol", "directorate", "inspectorate", "corps", "reserve", "police", "ministry", "administración"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a labour union's name ("United Auto Workers", "Teamsters", "Brotherhood of Locomotive Engineers").</summary>
    private static readonly FrozenSet<string> UnionNameWords = FrozenSet.ToFrozenSet(
        ["union", "unions", "workers", "teamsters", "brotherhood", "guild", "employees", "machinists", "steelworkers",
         "autoworkers", "mineworkers", "afl-cio", "uaw", "seiu", "afscme", "ufcw", "cwa", "ibew", "unite"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The body "the agency" or "the union" takes up: the most recent organisation before <paramref name="before"/>, outside
    /// quotes, whose name (or a known other name of it: "NLRB", "National Labor Relations Board") holds a word of its kind.
    /// Null for other nouns.
    /// </summary>
    private EntityMention? OrganisationOfKind(int before, string head)
    {
        var words = head switch
        {
            "agency" => AgencyNameWords,
            "union" => UnionNameWords,
            _ => null,
        };

        return words is null
            ? null
            : _mentions.MostRecent(before, EntityTypes.Organization, null, accept: organisation => NameHoldsAny(organisation, words));
    }

    private bool NameHoldsAny(EntityMention organisation, FrozenSet<string> words)
    {
        if (HoldsAny(organisation.Span.Of(context.Text), words))
        {
            return true;
        }

        if (organisation.Canonical is { } canonical && Entities.Data.Organizations.NamesByCanonical.TryGetValue(canonical, out var names))
        {
            foreach (var name in names)
            {
                if (HoldsAny(name, words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HoldsAny(string name, FrozenSet<string> words)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
