namespace NewsTrace.Quotes;

/// <summary>A source taken up again ("the people said", "Another said"): a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>
    /// "according to four people familiar with the matter ... the people said", "two of the people said": a group taken
    /// up again by its bare noun is the group as first described. "A Democratic strategist who ... told ... Another,
    /// speaking on condition of anonymity, said": "Another" is one more source of the kind described last. Sources
    /// found earlier in <paramref name="output"/> and before the subject are searched, the nearest first.
    /// </summary>
    private Attribution? EarlierSource(Attribution? subject, List<Quotation> output)
    {
        if (subject is not { SpeakerEntity: null, Speaker: { } speaker, SpeakerSpan: { } span })
        {
            return subject;
        }

        if (speaker.Equals("another", StringComparison.OrdinalIgnoreCase))
        {
            // Only a source of the sentence before or the one before that: "Another" follows its first source closely.
            var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(span.Start)];
            var floor = context.Sentences[Math.Max(0, sentence - 2)].Start;
            return Nearest(output, span.Start, other => !IsGroup(other), floor) is { } kind
                ? subject with { Speaker = kind }
                : subject;
        }

        var noun = GroupName(speaker);
        if (noun.Contains(' ') || !(IsGroup(noun) || noun.Equals("people", StringComparison.OrdinalIgnoreCase)))
        {
            return subject;
        }

        // "county officials told CNN ... The officials said": after "the", a group named with modifiers before the noun too.
        var word = noun.ToString();
        var again = span.Slice(context.Text).StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        return Nearest(output, span.Start, other => other.Length > word.Length && (other.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase)
                || (again && other.EndsWith(word, StringComparison.OrdinalIgnoreCase) && other[^(word.Length + 1)] == ' '))) is { } group
            ? subject with { Speaker = group }
            : subject;
    }

    private static bool IsGroup(ReadOnlySpan<char> words) => SpeakerResolver.IsPlural(words[(words.LastIndexOf(' ') + 1)..]);

    /// <summary>The speaker of the quotation nearest before <paramref name="position"/> that names no entity and passes <paramref name="accept"/>.</summary>
    private static string? Nearest(List<Quotation> output, int position, Func<string, bool> accept, int floor = 0)
    {
        Quotation? nearest = null;
        foreach (var quote in output)
        {
            if (quote.Span.Start < position && quote.Span.Start >= floor && quote.SpeakerEntity is null && quote.Speaker is { } other && accept(other)
                && (nearest is null || quote.Span.Start > nearest.Span.Start))
            {
                nearest = quote;
            }
        }

        return nearest?.Speaker;
    }
}
