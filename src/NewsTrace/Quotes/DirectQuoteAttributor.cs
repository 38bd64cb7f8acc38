using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Attributes quoted spans: `"…," X said.`, `"…," said X.`, `X said: "…"`, `X said "…"`, a partial quote inside the
/// reporter's sentence (`X described the talks as "…"`), a short following sentence (`"…." He said.`) and a colon-ended
/// lead-in paragraph (`X told reporters:` then the quote). A quote with no cue of its own inherits the speaker of the
/// previous quote when it follows in the same or the next paragraph.
/// </summary>
internal sealed partial class DirectQuoteAttributor(QuoteContext context, SpeakerResolver resolver)
{
    /// <summary>Tokens of the longest colon lead-in without a verb of saying ("Halvorsen shot back", "Her words were blunt").</summary>
    private const int MaxColonLeadInTokens = 5;

    private static readonly WordSet Demonstratives = FrozenSet.ToFrozenSet(["those", "these", "that", "this", "the"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that take up a quote just given ("That was the verdict of ...").</summary>
    private static readonly WordSet SpeechNouns = FrozenSet.ToFrozenSet(
        ["words", "remarks", "verdict", "response", "reply", "answer", "assessment", "observation", "warning", "message", "view", "reaction", "comment",
         "defence", "defense", "criticism", "rebuke", "complaint", "retort"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet BeVerbs = FrozenSet.ToFrozenSet(["is", "was", "were", "are", "be", "been", "being"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributions for every span, in order; null where no speaker was found.</summary>
    public List<Attribution?> Attribute(List<QuotedSpan> quotes)
    {
        var result = new List<Attribution?>(quotes.Count);
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var previousEnd = q > 0 ? quotes[q - 1].CloseToken : -1;
            var attribution = StartsSentence(quote.OpenToken)
                ? After(quote, quotes, q) ?? Before(quote, previousEnd) ?? NextSentence(quote) ?? ColonLeadIn(quote) ?? PlatformLeadIn(quote) ?? WordsTakenUp(quote)
                : Before(quote, previousEnd) ?? After(quote, quotes, q);
            var previous = q > 0 ? result[q - 1] : null;
            if (attribution?.CueSpan is { } cueSpan && previous?.Speaker is not null && CoordinatedAfter(quotes[q - 1], cueSpan))
            {
                // "X said her party had backed it “for months”, and said it was “damning …”": the second verb is X's too.
                attribution = previous with { Cue = attribution.Cue, CueSpan = attribution.CueSpan };
            }
            else if (attribution is not null && attribution.Speaker is null && attribution.SpeakerSpan is null && previous is not null)
            {
                // "..., he said, adding: ..." — the cue has no subject of its own; the speaker carries over.
                attribution = previous with { Cue = attribution.Cue, CueSpan = attribution.CueSpan };
            }

            if (attribution is null && (q == 0 || ParagraphsBetween(quotes[q - 1].CloseToken, quote.OpenToken) > 0))
            {
                attribution = AfterReportedSentence(quote);
            }

            if (attribution is null && previous is not null && ParagraphsBetween(quotes[q - 1].CloseToken, quote.OpenToken) <= 1)
            {
                attribution = (Alternating(quotes, result, q) ?? Addressed(quote, q, previous) ?? AnswersQuestioner(quotes, result, q) ?? previous).Inherited();
            }
            else if (attribution is null)
            {
                attribution = NarratedTurn(quotes, result, q);
            }

            result.Add(attribution);
        }

        return result;
    }

    /// <summary>True when the opening mark begins its sentence, or follows a colon or a cue ("X said: ..." / "X said ...").</summary>
    public bool StartsSentence(int openToken)
    {
        var sentence = context.SentenceOfToken[openToken];
        if (context.FirstTokenOf(sentence) >= openToken || openToken == 0)
        {
            return true;
        }

        var previous = openToken - 1;
        return context.IsPunctuation(previous, ":") || !context.OnSameLine(previous, openToken) || context.Tokens[previous].Kind == TokenKind.QuoteMark
               || CueVerbs.IsCue(context.Word(previous)) || (context.IsPunctuation(previous, ",") && previous > 0 && CueVerbs.IsCue(context.Word(previous - 1)));
    }
}
