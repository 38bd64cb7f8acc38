using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Diff;
using NewsTrace.Time;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>
/// Finds the facts a copy states differently from its source, inside the passages a comparison aligned. Each aligned
/// pair is diffed word by word; only short replaced runs are examined (a factual edit swaps a word or two, a rewrite
/// swaps whole clauses), and a run counts only when both sides state the same kind of fact and the facts differ:
/// dates by their resolved TIMEX3 values ("in 2023" and "last year" agree), numbers by value, names by their
/// transliteration key, and quotations when the rest of the quotation was kept. Reworded ordinary words are never
/// reported: precision matters more to a fact-checker than recall. Stateless and thread-safe.
/// </summary>
public sealed class DiscrepancyFinder
{
    /// <summary>The longest replaced run, in words per side, that can be a factual edit.</summary>
    public int MaxChangeWords { get; init; } = 4;

    /// <summary>The share of a quotation's words the other side must keep for a changed word to be a changed quote.</summary>
    public double MinQuoteKept { get; init; } = 0.6;

    /// <summary>How far apart the publish dates of two near-identical texts may be before the later one counts as republished.</summary>
    public TimeSpan RepublishedAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The discrepancies between <paramref name="original"/> and <paramref name="copy"/>. <paramref name="comparison"/>
    /// compares the two in either order; its passages are read with the original's side first.
    /// </summary>
    public ImmutableArray<Discrepancy> Find(Document original, Document copy, PairComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(comparison);
        var oriented = comparison.Oriented(original.Id);
        var context = new DiscrepancyContext(original, copy);
        var found = new List<Discrepancy>();
        var seen = new HashSet<(DiscrepancyField, TextSpan, TextSpan)>();
        foreach (var passage in oriented.Passages)
        {
            foreach (var discrepancy in InPassage(context, passage))
            {
                if (seen.Add((discrepancy.Field, discrepancy.Original.Change!.Value, discrepancy.Changed.Change!.Value)))
                {
                    found.Add(discrepancy);
                }
            }
        }

        if (Republished(original, copy, oriented.Relation) is { } republished)
        {
            found.Add(republished);
        }

        return [.. found];
    }

    private IEnumerable<Discrepancy> InPassage(DiscrepancyContext context, AlignedPassage passage)
    {
        var segments = WordDiff.Compare(context.Original.Text, passage.Left, context.Copy.Text, passage.Right);
        foreach (var segment in segments)
        {
            if (segment.Kind != DiffKind.Replace
                || WordCount.In(context.Original.Text, segment.Left) > MaxChangeWords
                || WordCount.In(context.Copy.Text, segment.Right) > MaxChangeWords)
            {
                continue;
            }

            if (Classify(context, passage, segments, segment) is { } discrepancy)
            {
                yield return discrepancy;
            }
        }
    }

    private Discrepancy? Classify(DiscrepancyContext context, AlignedPassage passage, ImmutableArray<DiffSegment> segments, DiffSegment segment)
    {
        var originalText = context.Original.Text;
        var copyText = context.Copy.Text;
        var before = segment.Left.Of(originalText);
        var after = segment.Right.Of(copyText);

        // Dates first: a year is also a number, and "in 2023" / "last year" must agree by value, not by words.
        var originalDates = DatesIn(context.OriginalTimexes, context.OriginalAnomalies, segment.Left);
        var copyDates = DatesIn(context.CopyTimexes, context.CopyAnomalies, segment.Right);
        if (originalDates.Count > 0 && copyDates.Count > 0)
        {
            var originalValues = DateValues(originalDates, originalText);
            var copyValues = DateValues(copyDates, copyText);
            return originalValues.SetEquals(copyValues)
                ? null
                : Make(DiscrepancyField.Date, context, passage, segment, $"'{before}' ({string.Join(", ", originalValues)}) became '{after}' ({string.Join(", ", copyValues)})");
        }

        if (originalDates.Count > 0 || copyDates.Count > 0)
        {
            // A date on one side only: the other side said it otherwise ("three years ago" vs a clause); not comparable.
            return null;
        }

        var originalNumbers = NumberValues.In(originalText, segment.Left);
        var copyNumbers = NumberValues.In(copyText, segment.Right);
        if (originalNumbers.Count > 0 && copyNumbers.Count > 0)
        {
            return originalNumbers.Order().SequenceEqual(copyNumbers.Order())
                ? null
                : Make(DiscrepancyField.Number, context, passage, segment, $"'{before}' became '{after}'");
        }

        var originalNames = NameWords.In(originalText, segment.Left, context.OriginalEntities);
        var copyNames = NameWords.In(copyText, segment.Right, context.CopyEntities);
        if (originalNames.Length > 0 && copyNames.Length > 0)
        {
            if (!NameWords.Disjoint(originalNames, copyNames))
            {
                return null;
            }

            var place = originalNames.Any(n => n.IsPlace) || copyNames.Any(n => n.IsPlace);
            return Make(place ? DiscrepancyField.Place : DiscrepancyField.Name, context, passage, segment, $"'{before}' became '{after}'");
        }

        if (QuoteKept(context, segments, segment) is { } quote)
        {
            var severity = OnlyFunctionWords(before) && OnlyFunctionWords(after) ? DiscrepancySeverity.Low : DiscrepancySeverity.High;
            return Make(DiscrepancyField.Quote, context, passage, segment, $"quoted '{before}' became '{after}' in \"{quote}\"") with { Severity = severity };
        }

        return null;
    }

    /// <summary>
    /// The quotation (as written on the side that has quote marks) holding the changed words, when the other side
    /// kept most of its words: the quote was copied and edited, not paraphrased.
    /// </summary>
    private string? QuoteKept(DiscrepancyContext context, ImmutableArray<DiffSegment> segments, DiffSegment segment)
    {
        var quote = context.OriginalQuotes.FirstOrDefault(q => q.Contains(segment.Left));
        var text = context.Original.Text;
        Func<DiffSegment, TextSpan> side = s => s.Left;
        if (quote == default)
        {
            quote = context.CopyQuotes.FirstOrDefault(q => q.Contains(segment.Right));
            text = context.Copy.Text;
            side = s => s.Right;
        }

        if (quote == default)
        {
            return null;
        }

        var total = WordCount.In(text, quote);
        var kept = segments
            .Where(s => s.Kind == DiffKind.Equal && side(s).Overlaps(quote))
            .Sum(s => WordCount.In(text, new TextSpan(Math.Max(quote.Start, side(s).Start), Math.Min(quote.End, side(s).End))));
        return total > 0 && (double)kept / total >= MinQuoteKept ? quote.Of(text) : null;
    }

    private Discrepancy? Republished(Document original, Document copy, ReuseRelation relation)
    {
        if (relation < ReuseRelation.NearCopy
            || PublishInstant.Of(original.Metadata.Published) is not { } first
            || PublishInstant.Of(copy.Metadata.Published) is not { } second
            || (second - first).Duration() <= RepublishedAfter)
        {
            return null;
        }

        var before = original.Metadata.Published!.Value.ToString();
        var after = copy.Metadata.Published!.Value.ToString();
        var days = (second - first).TotalDays.ToString("0", CultureInfo.InvariantCulture);
        return new Discrepancy(
            DiscrepancyField.Date,
            DiscrepancySeverity.High,
            new DiscrepancySide(original.Id, null, null, before),
            new DiscrepancySide(copy.Id, null, null, after),
            $"the same text is published as of {after}, {days} days from the {before} of its source: republished under a new date");
    }

    private static List<(TextSpan Span, string? Value)> DatesIn(ImmutableArray<Timex> timexes, ImmutableArray<DateAnomaly> anomalies, TextSpan span)
    {
        var dates = timexes.Where(t => t.Type is "DATE" or "TIME" && t.Span.Overlaps(span)).Select(t => (t.Span, t.Value)).ToList();
        dates.AddRange(anomalies
            .Where(a => a.Span.Overlaps(span) && !dates.Any(d => d.Span.Overlaps(a.Span)))
            .Select(a => (a.Span, (string?)null)));
        return dates;
    }

    /// <summary>Resolved values where the tagger gave one, else the words as written (an impossible date has no value).</summary>
    private static HashSet<string> DateValues(List<(TextSpan Span, string? Value)> dates, string text)
        => dates.Select(d => d.Value ?? d.Span.Of(text)).ToHashSet(StringComparer.Ordinal);

    private static Discrepancy Make(DiscrepancyField field, DiscrepancyContext context, AlignedPassage passage, DiffSegment segment, string explanation)
        => new(
            field,
            DiscrepancySeverity.High,
            new DiscrepancySide(context.Original.Id, passage.Left, segment.Left, segment.Left.Of(context.Original.Text)),
            new DiscrepancySide(context.Copy.Id, passage.Right, segment.Right, segment.Right.Of(context.Copy.Text)),
            explanation);

    private static bool OnlyFunctionWords(string words)
        => words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => Stories.Features.StopWords.Contains(w.ToLower(CultureInfo.InvariantCulture)));
}
