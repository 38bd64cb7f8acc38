using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Tests.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Time;

public sealed class TimexPropertyTests
{
    private static readonly string[] TimeFragments =
    [
        " ", " ", " ", "\n", ",", ".", "-", "the", "The", "on", "in", "last", "next", "this", "following", "day", "days", "week", "weekend",
        "month", "months", "year", "years", "ago", "later", "earlier", "Wednesday", "Thursday", "Monday", "morning", "evening", "night",
        "September", "Sept.", "May", "October", "February", "13", "13th", "30", "47", "75", "2023", "2024", "1990s", "9/13/2023", "2/30/2023",
        "2023-09-13", "2023-02-30", "19:57", "7:57", "pm", "p.m.", "noon", "midnight", "two", "two-day", "a", "an", "more", "than", "hour",
        "daily", "every", "spring", "winter", "fall", "of", "end", "early", "late", "yesterday", "tomorrow", "tonight", "overnight", "now",
        "will", "was", "said", "arrived", "29", "31", "12/31/99", "16.10.2024", "twenty-four", "few", "several", "couple", "per", "past", "future",
    ];

    private static Arbitrary<string> TemporalText()
    {
        var piece = Gen.Frequency((6, Gen.Elements(TimeFragments)), (1, TextGenerators.NewsLikeText().Generator));
        return Gen.ListOf(piece).Select(pieces => string.Join(" ", pieces)).ToArbitrary();
    }

    [Property(MaxTest = 400)]
    public Property Never_throws_and_spans_are_in_bounds_ordered_and_disjoint()
        => Prop.ForAll(TemporalText(), Gen.Elements<DateOnly?>(null, new DateOnly(2024, 10, 16), new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31)).ToArbitrary(), (text, dct) =>
        {
            var tagging = TimexTagger.Tag(text, dct);
            var previousEnd = 0;
            foreach (var timex in tagging.Timexes)
            {
                if (timex.Span.Start < previousEnd || timex.Span.IsEmpty || timex.Span.End > text.Length)
                {
                    return false.Label($"timex {timex.Span} is out of order, empty or out of bounds");
                }

                if (timex.Type is not ("DATE" or "TIME" or "DURATION" or "SET"))
                {
                    return false.Label($"timex {timex.Span} has type {timex.Type}");
                }

                previousEnd = timex.Span.End;
            }

            return tagging.Anomalies.All(a => tagging.Timexes.Any(t => t.Span == a.Span)).Label("every anomaly is on a timex");
        });
}
