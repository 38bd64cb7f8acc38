using NewsTrace.Documents;

namespace NewsTrace.Quotes;

/// <summary>
/// "Two Democratic state lawmakers told us the video had rattled them. “...,” one of them said.": "they" and "one of
/// them" take up the unnamed group that was quoted just before, as the group ("Democratic state lawmakers") or as one of
/// it ("Democratic state lawmaker"). Runs once all quotes of the document have their speakers, so the group may be the
/// source of reported speech found after the direct quotes.
/// </summary>
internal static class GroupPronounSources
{
    /// <summary>How many sentences back the group may have been quoted.</summary>
    private const int MaxSentencesBack = 3;

    public static void Give(QuoteContext context, List<Quotation> output)
    {
        for (var q = 0; q < output.Count; q++)
        {
            if (output[q].SpeakerSpan is not { } written || output[q].SpeakerEntity is not null)
            {
                continue;
            }

            var text = written.Slice(context.Text);
            var one = text.Equals("one of them", StringComparison.OrdinalIgnoreCase);
            if (!one && !text.Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                // "“...,” they said" whose "they" an earlier pass gave the group as written ("Two Labour councillors"): the
                // group speaks without its number, as in reported speech.
                if (output[q].Speaker is { } speaker && speaker.AsSpan().SequenceEqual(text) && IsGroup(text))
                {
                    output[q] = output[q] with { Speaker = ReportedSpeechFinder.GroupName(text).ToString() };
                }

                continue;
            }

            if (GroupBefore(context, output, q, written) is { } group)
            {
                var name = ReportedSpeechFinder.GroupName(group).ToString();
                output[q] = output[q] with { Speaker = one ? SpeakerResolver.SingularOf(name) : name };
            }
            else if (!one && output[q].Speaker is null && GroupSenderBefore(context, written) is { } senders)
            {
                output[q] = output[q] with { Speaker = senders };
            }
        }
    }

    /// <summary>The group that spoke last before quote <paramref name="q"/>, no more than <see cref="MaxSentencesBack"/> sentences back, as written.</summary>
    private static string? GroupBefore(QuoteContext context, List<Quotation> output, int q, TextSpan pronoun)
    {
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(pronoun.Start)];
        for (var p = q - 1; p >= 0; p--)
        {
            var previous = output[p];
            if (previous.SpeakerSpan is not { } source || source.Start >= pronoun.Start)
            {
                continue;
            }

            if (sentence - context.SentenceOfToken[context.FirstTokenAtOrAfter(source.Start)] > MaxSentencesBack)
            {
                return null;
            }

            var written = source.Slice(context.Text);
            if (previous.SpeakerEntity is null && IsGroup(written))
            {
                return written.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// "Nine Democratic senators sent a letter ... “…,” they wrote": the unnamed group that issued a text in the sentence
    /// of "they" or the one before; null otherwise.
    /// </summary>
    private static string? GroupSenderBefore(QuoteContext context, TextSpan pronoun)
    {
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(pronoun.Start)];
        for (var s = sentence; s >= Math.Max(0, sentence - 1); s--)
        {
            if (GroupSenders.Opening(context, s) is { } opening && opening.Group.End < pronoun.Start)
            {
                return GroupSenders.NameOf(context, opening.Group);
            }
        }

        return null;
    }

    /// <summary>A described group: two words or more ending in a lower-case plural ("Two Labour councillors", "local residents").</summary>
    private static bool IsGroup(ReadOnlySpan<char> written)
    {
        var head = written[(written.LastIndexOf(' ') + 1)..];
        return written.IndexOf(' ') > 0 && head.Length > 0 && char.IsLower(head[0]) && SpeakerResolver.IsPlural(head);
    }
}
