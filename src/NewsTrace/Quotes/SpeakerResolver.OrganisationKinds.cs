using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Bodies by kind: which organisations "the company" may take up (no public body, union, news outlet or association), and
/// for "the agency" and "the union" a body whose name does not hold the noun: the most recent public agency ("The Coast
/// Guard plans to close ... the agency said") or labour union ("the United Automobile Workers ... the union said") named
/// before; a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Nouns by which a story takes up a company it has named ("the company", "the lender", "the carmaker").</summary>
    private static readonly WordSet CompanyNouns = FrozenSet.ToFrozenSet(
        ["company", "firm", "lender", "bank", "group", "insurer", "airline", "carrier", "retailer", "conglomerate", "utility", "operator", "broker", "brokerage"],
        StringComparer.Ordinal);

    /// <summary>People, not companies, whose noun ends in "maker" as "carmaker" and "chipmaker" do ("the lawmaker said").</summary>
    private static readonly WordSet PeopleMakers = FrozenSet.ToFrozenSet(
        ["lawmaker", "policymaker", "peacemaker", "filmmaker", "moviemaker", "kingmaker", "matchmaker", "troublemaker", "homemaker",
         "dressmaker", "shoemaker", "winemaker", "rainmaker", "decisionmaker", "playmaker", "holidaymaker", "merrymaker"],
        StringComparer.Ordinal);

    /// <summary>Words of a public body's name, which "the company" never takes up.</summary>
    private static readonly WordSet PublicBodyWords = FrozenSet.ToFrozenSet(
        ["ministry", "government", "department", "agency", "commission", "court", "police", "council", "parliament", "congress",
            "senate", "office", "authority", "union", "committee", "party", "army", "central", "nations", "federal"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a body that is no company but may be "the group" ("the Association of Oil Pipe Lines ... the group warned").</summary>
    private static readonly WordSet NonProfitWords = FrozenSet.ToFrozenSet(
        ["association", "foundation", "institute", "society", "university", "college", "coalition", "alliance", "league", "church", "council"],
        StringComparer.OrdinalIgnoreCase);

    private bool IsCompanyName(EntityMention organisation) => IsCompanyOrGroupName(organisation) && !NameHoldsAny(organisation, NonProfitWords);

    private bool IsCompanyOrGroupName(EntityMention organisation)
    {
        return !NameHoldsAny(organisation, UnionNameWords) && !IsOutlet(organisation) && !HoldsAny(organisation.Span.Of(context.Text), PublicBodyWords);
    }

    /// <summary>Words of a public agency's name ("Coast Guard", "Forest Service", "National Labor Relations Board").</summary>
    private static readonly WordSet AgencyNameWords = FrozenSet.ToFrozenSet(
        ["agency", "administration", "service", "guard", "bureau", "commission", "department", "board", "authority", "office",
         "institute", "survey", "patrol", "directorate", "inspectorate", "corps", "reserve", "police", "ministry", "administración"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a labour union's name ("United Auto Workers", "Teamsters", "Brotherhood of Locomotive Engineers").</summary>
    private static readonly WordSet UnionNameWords = FrozenSet.ToFrozenSet(
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

    /// <summary>News organisations by name; with <see cref="MastheadWords"/>, the outlets a story cites ("In a statement to NPR").</summary>
    private static readonly WordSet Outlets = FrozenSet.ToFrozenSet(
        ["Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "NPR", "Bloomberg", "Politico", "HuffPost",
         "Huffington Post", "Breitbart", "Breitbart News", "Fox News", "MSNBC", "ABC", "CBS", "NBC", "PBS", "Axios", "The Hill",
         "ProPublica", "Al Jazeera", "Xinhua", "Interfax", "TASS", "Yonhap", "Kyodo"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Last words of a newspaper's name ("Los Angeles Times", "The Denver Post"). Narrower than the entity layer's newspaper
    /// title words (<c>NewspaperShortNames</c>): "Express", "Sun", "Star" and "Standard" also end companies' names
    /// ("American Express"), which "the company" must still take up.
    /// </summary>
    private static readonly WordSet MastheadWords = FrozenSet.ToFrozenSet(
        ["Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Guardian", "Telegraph", "Inquirer",
         "Examiner", "Globe", "Bulletin", "Dispatch", "Courier", "Register", "Sentinel", "Star-Ledger", "Star-Tribune", "Daily", "Monitor"],
        StringComparer.Ordinal);

    /// <summary>Whether the organisation is a news outlet, which a story cites but "the company" never takes up.</summary>
    private bool IsOutlet(EntityMention organisation)
    {
        var name = organisation.Span.Of(context.Text);
        if (Outlets.Contains(name) || (organisation.Canonical is { } canonical && Outlets.Contains(canonical)))
        {
            return true;
        }

        var space = name.LastIndexOf(' ');
        return space > 0 && MastheadWords.Contains(name[(space + 1)..]);
    }

    private bool NameHoldsAny(EntityMention organisation, WordSet words)
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

    private static bool HoldsAny(string name, WordSet words)
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
