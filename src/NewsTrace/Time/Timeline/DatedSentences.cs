using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Text;
using NewsTrace.Time.Consistency;

namespace NewsTrace.Time.Timeline;

/// <summary>
/// The sentences of one analysed article that are anchored to a date: each sentence with the most precise dates its
/// resolved DATE and TIME expressions give (a day if it names one, else a month, else a year).
/// </summary>
/// <remarks>
/// Left out: expressions without a value (no publish date, impossible dates); weeks, seasons and vague references;
/// bounds rather than times of events ("since 2021", "by 2026", "until Monday"); the page's own shown publish date
/// ("Posted on: 04/03/2025"), which dates the page, not an event; and lines that are not prose (bylines, date lines).
/// </remarks>
public static class DatedSentences
{
    /// <summary>Words before an expression that make it a bound, not the time of an event.</summary>
    private static readonly string[] BoundWords = ["since", "until", "till", "by", "before", "after", "from", "through", "between", "to", "for"];

    public static ImmutableArray<DatedSentence> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.TryGet(Layers.Timexes, out var timexes) || !document.TryGet(Layers.Sentences, out var sentences) || timexes.IsDefaultOrEmpty)
        {
            return [];
        }

        var published = document.Metadata.Published?.Date;
        var text = document.Text;
        var candidates = new List<DatedSentence>();
        var sentence = 0;
        foreach (var timex in timexes)
        {
            if (timex.Type is not ("DATE" or "TIME") || !CalendarPeriod.TryParse(timex.Value, out var period)
                || (published is { } day && ShownDates.IsShownPublishDate(text, timex.Span, period, day))
                || IsBound(text, timex.Span.Start) || IsGenericToday(text, timex.Span) || CountsFromAnotherEvent(timex.Span.Of(text)))
            {
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].End <= timex.Span.Start)
            {
                sentence++;
            }

            if (sentence < sentences.Length && sentences[sentence].Contains(timex.Span) && IsProse(sentences[sentence].Of(text)))
            {
                candidates.Add(new DatedSentence(period, sentences[sentence], timex.Span));
            }
        }

        // Per sentence, its most precise dates only, each once: "promised on Thursday ... shut since March 2022" is Thursday's.
        return [.. candidates
            .GroupBy(c => c.Sentence)
            .SelectMany(group =>
            {
                var best = group.Min(c => c.Date.Precision);
                return group.Where(c => c.Date.Precision == best).DistinctBy(c => c.Date);
            })];
    }

    /// <summary>Fewest lower-case words a sentence needs to tell something: "17 October 2024 16:30 · No. 1987" tells nothing.</summary>
    private const int MinimumLowerCaseWords = 3;

    private static bool IsProse(string sentence)
    {
        var words = 0;
        foreach (var token in Tokenizer.Enumerate(sentence))
        {
            if (token.Kind == TokenKind.Word && char.IsLower(sentence[token.Start]) && ++words >= MinimumLowerCaseWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "one month later", "two days earlier": counted from another event the sentence names ("Kim's trip ... one month
    /// later"), which the tagger cannot know, so the value it gives (counted from the publish date) is no event's date.
    /// </summary>
    private static bool CountsFromAnotherEvent(string expression)
        => expression.EndsWith(" later", StringComparison.OrdinalIgnoreCase) || expression.EndsWith(" earlier", StringComparison.OrdinalIgnoreCase);

    /// <summary>"today’s world", "today's Russia": the present in general, not the day.</summary>
    private static bool IsGenericToday(string text, TextSpan span)
    {
        var after = text.AsSpan(span.End);
        return span.Of(text).Equals("today", StringComparison.OrdinalIgnoreCase)
            && (after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("’s ", StringComparison.Ordinal));
    }

    /// <summary>True when the word before <paramref name="start"/> is one of <see cref="BoundWords"/>.</summary>
    private static bool IsBound(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // The end of a range ("2024-2025", "16–18 October") is a bound too.
        if (end == start && end > 0 && text[end - 1] is '-' or '–')
        {
            return true;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text.AsSpan(begin, end - begin);
        foreach (var bound in BoundWords)
        {
            if (word.Equals(bound, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
