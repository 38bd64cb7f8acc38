using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Who speaks when the subject is a group ("two U.S. officials said"): a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Words that open a group's description without naming it: articles, numbers and quantifiers.</summary>
    private static readonly WordSet GroupOpeners = FrozenSet.ToFrozenSet(
    [
        "the", "these", "those", "some", "many", "several", "most", "other", "all", "both", "few", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "dozens", "hundreds", "thousands", "numerous",
        "various", "of", "his", "her", "their", "its", "our",

        // "One member of the City Council", "Even some members of his own party": a lone numeral, and the adverbs that
        // stand before a quantifier.
        "one", "even", "only", "just",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The speaker of reported speech, or null when the subject names nobody. A group ("two U.S. officials", "Both
    /// ministers", "local residents") speaks as written, without its determiner or number, and is no single entity:
    /// "Both ministers said" after two named ministers is not the last of them. Vague sourcing is listed because it is
    /// what readers weigh.
    /// </summary>
    /// <summary>
    /// "Witnesses said officers charged the crowd. Several people were dragged into vans, they said.": "they" takes up the
    /// group that spoke in the sentence before, where nothing else resolved it.
    /// </summary>
    private Attribution? TheyAsGroup(Attribution? subject, List<Quotation> output)
    {
        if (subject is not { Speaker: null, SpeakerSpan: { } span } || !span.Slice(context.Text).Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            return subject;
        }

        // The output holds the document's direct quotes first, then reported speech sentence by sentence: the latest group
        // source by position, between the previous sentence's start and "they", is the one taken up.
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(span.Start)];
        var previousStart = context.Sentences[Math.Max(0, sentence - 1)].Start;
        Quotation? latest = null;
        foreach (var quote in output)
        {
            if (quote.Span.Start >= previousStart && quote.Span.End <= span.Start && quote.SpeakerEntity is null && quote.Speaker is { } group
                && group.EndsWith('s') && quote.Kind is QuoteKinds.Reported or QuoteKinds.AccordingTo && (latest is null || quote.Span.Start > latest.Span.Start))
            {
                latest = quote;
            }
        }

        return latest is null ? subject : subject with { Speaker = latest.Speaker };
    }

    private Attribution? SpeakerOf(Attribution? subject)
    {
        if (subject?.SpeakerSpan is not { } span || (subject.SpeakerEntity is null && subject.Speaker is null))
        {
            return null;
        }

        var written = span.Slice(context.Text);
        var of = written.IndexOf(" of ", StringComparison.Ordinal);
        var headPhrase = of > 0 ? written[..of] : written;
        // "Several secretaries of state said": the head stands before "of".
        var head = headPhrase[(headPhrase.LastIndexOf(' ') + 1)..];

        // "The law says that ...", "The ballot language says ...": what a legal text provides is no one's speech.
        if (subject.SpeakerEntity is null && LegalTexts.Contains(head))
        {
            return null;
        }

        // "A person briefed on the union's plans": the resolver's description without its article is one person, whatever
        // noun closes its phrase.
        if (subject.SpeakerEntity is null && subject.Speaker is { } single && single.Length < written.Length && written.EndsWith(single, StringComparison.Ordinal)
            && written[..(written.Length - single.Length)].Trim() is var article
            && (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return subject;
        }

        // "according to council figures": a body's published counts, resolved to the body, are no group of people.
        var plural = SpeakerResolver.IsPlural(head) && !head.Equals("services", StringComparison.Ordinal)
                     && !(subject.SpeakerEntity is not null && DocumentNouns.Contains(head));
        var joint = written.StartsWith("both ", StringComparison.OrdinalIgnoreCase);

        if (!plural && !joint)
        {
            // "two people familiar with the inquiry": a number opening a described group is no part of its name.
            var opener = written.IndexOf(' ') is var space and > 0 ? written[..space] : [];
            return subject.SpeakerEntity is null && subject.Speaker is { } described && described.AsSpan().SequenceEqual(written) && opener.Length > 0
                   && GroupOpeners.Contains(opener.ToString()) && !Articles.Contains(opener.ToString())
                ? subject with { Speaker = GroupName(written).ToString() }
                : subject;
        }

        // A capitalised head is a name or opens the sentence ("Analysts said"): it speaks as resolved, but members of a
        // party or people of a nation ("Democrats said") speak as written, linked to the body they belong to.
        if (char.IsUpper(head[0]))
        {
            var members = headPhrase.Length == written.Length && headPhrase.IndexOf(' ') < 0 && subject.Speaker is { } resolved
                          && resolved.Contains(' ', StringComparison.Ordinal) && !resolved.AsSpan().StartsWith(head) && NamesOrganisation(span);
            return members ? subject with { Speaker = head.ToString() } : subject;
        }

        return subject with { Speaker = GroupName(written).ToString(), SpeakerEntity = null };
    }

    /// <summary>
    /// "Polls suggest the race is close", "Exit polls suggested ...": the reporter's reading of numbers, not anyone's words.
    /// Only with "suggest": "according to a poll by X" and "the Geological Survey said" still have a source.
    /// </summary>
    private bool IsPollReading(Attribution? subject, int cue)
    {
        if (subject?.SpeakerSpan is not { } span || CueVerbs.LemmaOf(context.Word(cue)) != "suggest")
        {
            return false;
        }

        var written = span.Slice(context.Text);
        var head = written[(written.LastIndexOf(' ') + 1)..];
        return Polls.Contains(head) && (char.IsLower(head[0]) || written.IndexOf(' ') < 0);
    }

    /// <summary>True when the entity layer marked exactly this span as an organisation ("Democrats"; not the surname "Hastings").</summary>
    private bool NamesOrganisation(TextSpan span)
    {
        foreach (var entity in context.Entities)
        {
            if (entity.Span == span)
            {
                return entity.Type == EntityTypes.Organization;
            }
        }

        return false;
    }

    /// <summary>Texts of law that "say" or "state" what they provide; their author is not speaking in them.</summary>
    private static readonly WordSet LegalTexts = FrozenSet.ToFrozenSet(
    [
        "law", "laws", "statute", "constitution", "charter", "ordinance", "regulation", "regulations", "rule", "rules", "act",
        "amendment", "provision", "clause", "code", "language", "wording",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Polls and surveys as the subject of "suggest", "show": findings, which say nothing themselves.</summary>
    private static readonly WordSet Polls = FrozenSet.ToFrozenSet(["poll", "polls", "survey", "surveys", "polling"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Articles = FrozenSet.ToFrozenSet(
        ["the", "these", "those", "his", "her", "their", "its", "our"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Two U.S. officials" → "U.S. officials", "the farm groups" → "farm groups": a group's name without its determiner or number.</summary>
    internal static ReadOnlySpan<char> GroupName(ReadOnlySpan<char> written)
    {
        // "One of them" stays whole: "them" is no one's name.
        while (written.IndexOf(' ') is var space and > 0 && (GroupOpeners.Contains(written[..space].ToString()) || char.IsAsciiDigit(written[0]))
               && !(written[..space].Equals("one", StringComparison.OrdinalIgnoreCase) && written[(space + 1)..].StartsWith("of ", StringComparison.OrdinalIgnoreCase)))
        {
            written = written[(space + 1)..];
        }

        return written;
    }
}
