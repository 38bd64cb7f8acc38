using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Polls, figures and reports as according-to sources; a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Texts and counts that a body publishes: "according to an ABC News poll", "NATO figures", "CNN's exit polls".</summary>
    private static readonly WordSet DocumentNouns = FrozenSet.ToFrozenSet(
    [
        "poll", "polls", "survey", "surveys", "figures", "data", "report", "reports", "calendar", "calendars", "records", "study",
        "analysis", "estimates", "estimate", "tally", "count", "filing", "filings", "memo", "documents", "statistics", "projections",
        "forecast", "statement", "review", "audit", "census", "ratings", "index", "announcement", "schedule", "order", "ruling",
        "website", "websites", "dashboard", "portal", "database", "register",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "according to an ABC News tracking poll", "according to a State Department calendar", "according to NATO figures",
    /// "according to the ECP's website":
    /// a document speaks for the body or person that made it, named before it; "a CNN/ORC poll" names both partners of a
    /// joint poll. Null when the source is no such document.
    /// </summary>
    private Attribution? DocumentAuthor(int sourceStart, int sourceEnd)
    {
        var head = -1;
        for (var i = sourceEnd; i > sourceStart; i--)
        {
            if (DocumentNouns.Contains(context.Word(i).ToString()))
            {
                head = i;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        // "according to a review of county records by the ACLU of Alabama": the body after "by" made the text.
        if (MakerAfter(head, sourceEnd) is var by and >= 0 && context.EntityStartingAt[by] is var maker and >= 0
            && context.Entities[maker].Type is EntityTypes.Organization or EntityTypes.Person)
        {
            return resolver.Resolve(by, LastTokenOf(maker, by));
        }

        for (var last = head - 1; last >= sourceStart; last--)
        {
            if (context.EntityEndingAt[last] is not (var entity and >= 0) || context.Entities[entity].Type is not (EntityTypes.Organization or EntityTypes.Person))
            {
                continue;
            }

            var first = FirstTokenOf(entity, last);
            return SlashJoined(first, last, sourceStart, head - 1) ?? resolver.Resolve(first, last);
        }

        // "according to the inspector general's report": the body named before whose name holds the owner's words.
        return resolver.TextOwner(sourceStart, head) ?? OwnerNounBefore(sourceStart, head, sourceEnd);
    }

    /// <summary>Institutions that keep counts of their own and are named by a common noun ("customs data", "police figures").</summary>
    private static readonly WordSet OwnerNouns = FrozenSet.ToFrozenSet(
        ["customs", "government", "police", "council", "ministry", "army", "military", "court", "company", "hospital", "city", "county",
            "treasury", "department", "agency", "commission", "administration", "authority", "embassy", "navy", "coastguard"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "according to Kesmarian customs data", "according to police figures": the institution whose common noun stands right
    /// before the document's, which ends the source; null for "official statistics" or "preliminary data", which name no one.
    /// </summary>
    private Attribution? OwnerNounBefore(int sourceStart, int head, int sourceEnd)
    {
        if (head != sourceEnd || head - 1 < sourceStart || !OwnerNouns.Contains(context.Word(head - 1)))
        {
            return null;
        }

        var first = context.Word(sourceStart) is "the" or "The" ? sourceStart + 1 : sourceStart;
        for (var k = first; k < head; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return first < head ? resolver.Resolve(first, head - 1) : null;
    }

    /// <summary>"according to Kantar Media/CMAG, which tracks ...": a name opening the source, joined to another by a slash.</summary>
    private Attribution? SlashJoinedSource(int sourceStart, int sourceEnd)
    {
        var at = context.Is(sourceStart, "the") ? sourceStart + 1 : sourceStart;
        return at <= sourceEnd && context.EntityStartingAt[at] is var entity and >= 0
            ? SlashJoined(at, LastTokenOf(entity, at), sourceStart, sourceEnd)
            : null;
    }

    /// <summary>
    /// "CNN/ORC", "Kantar Media/CMAG": the name from <paramref name="first"/> to <paramref name="last"/> and the capitalised
    /// word (or name) a slash joins to it, before or after, within the source; null when no slash joins one.
    /// </summary>
    private Attribution? SlashJoined(int first, int last, int floor, int ceiling)
    {
        if (last + 2 <= ceiling && context.Word(last + 1) is "/" && IsCapitalised(last + 2))
        {
            var partner = context.EntityStartingAt[last + 2] is var after and >= 0 ? Math.Min(LastTokenOf(after, last + 2), ceiling) : last + 2;
            return Joint(first, partner);
        }

        if (first - 2 >= floor && context.Word(first - 1) is "/" && IsCapitalised(first - 2))
        {
            return Joint(context.EntityEndingAt[first - 2] is var before and >= 0 ? Math.Max(FirstTokenOf(before, first - 2), floor) : first - 2, last);
        }

        return null;
    }

    private bool IsCapitalised(int token) => context.Word(token) is { Length: > 0 } word && char.IsUpper(word[0]);

    private Attribution Joint(int first, int last)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        return new Attribution(span.Of(context.Text), span, null, null, null);
    }

    private int FirstTokenOf(int entity, int last)
    {
        var first = last;
        while (first > 0 && context.EntityStartingAt[first] != entity)
        {
            first--;
        }

        return first;
    }

    private int LastTokenOf(int entity, int first)
    {
        var last = first;
        while (last + 1 < context.Tokens.Length && context.EntityEndingAt[last] != entity)
        {
            last++;
        }

        return last;
    }
}
