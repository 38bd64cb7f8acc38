using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Entities;
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

    /// <summary>The share of a quotation's words the other side must reproduce, without quote marks, for a changed word to be a changed quote.</summary>
    public double MinQuoteReproduced { get; init; } = 0.8;

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

        found.AddRange(BetweenQuoteCounterparts(context, found));
        if (Republished(original, copy, oriented.Relation) is { } republished)
        {
            found.Add(republished);
        }

        return [.. found];
    }

    private IEnumerable<Discrepancy> InPassage(DiscrepancyContext context, AlignedPassage passage)
    {
        var segments = WordDiff.Compare(context.Original.Text, passage.Left, context.Copy.Text, passage.Right);
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Kind != DiffKind.Replace)
            {
                continue;
            }

            // A factual edit keeps the words around it: the replaced run must stand next to kept content words.
            var anchoredBefore = i > 0 && Anchors(context.Original.Text, segments[i - 1], atEnd: true);
            var anchoredAfter = i + 1 < segments.Length && Anchors(context.Original.Text, segments[i + 1], atEnd: false);
            // Names are the exception: "between Pyongyang and Moscow" → "between China and Russia" keeps only
            // function words around them, yet a name standing where the other text has another name is an edit.
            var keptBefore = i > 0 && segments[i - 1].Kind == DiffKind.Equal;
            var keptAfter = i + 1 < segments.Length && segments[i + 1].Kind == DiffKind.Equal;
            var segment = segments[i];
            var units = new List<(TextSpan Left, TextSpan Right, bool NamesOnly)>();
            if (WordCount.In(context.Original.Text, segment.Left) <= MaxChangeWords
                && WordCount.In(context.Copy.Text, segment.Right) <= MaxChangeWords)
            {
                if (anchoredBefore || anchoredAfter || keptBefore || keptAfter)
                {
                    units.Add((segment.Left, segment.Right, !(anchoredBefore || anchoredAfter)));
                }
            }
            else
            {
                // A long replaced run is a reworded clause; only its first and last words are known to correspond.
                if (anchoredBefore || keptBefore)
                {
                    units.Add((Unit(context.Original, context.OriginalTimexes, context.OriginalEntities, segment.Left, first: true),
                        Unit(context.Copy, context.CopyTimexes, context.CopyEntities, segment.Right, first: true), !anchoredBefore));
                }

                if (anchoredAfter || keptAfter)
                {
                    units.Add((Unit(context.Original, context.OriginalTimexes, context.OriginalEntities, segment.Left, first: false),
                        Unit(context.Copy, context.CopyTimexes, context.CopyEntities, segment.Right, first: false), !anchoredAfter));
                }
            }

            foreach (var (left, right, namesOnly) in units)
            {
                if (Classify(context, passage, segments, left, right) is { } discrepancy
                    && (!namesOnly || discrepancy.Field is DiscrepancyField.Name or DiscrepancyField.Place))
                {
                    yield return discrepancy;
                }
            }
        }
    }

    /// <summary>
    /// Word edits inside quotations paired on their own words (<see cref="QuoteCounterparts"/>), for the quotes the
    /// passages did not put side by side; an edit <paramref name="already"/> holds is not reported twice.
    /// </summary>
    private List<Discrepancy> BetweenQuoteCounterparts(DiscrepancyContext context, List<Discrepancy> already)
    {
        var added = new List<Discrepancy>();
        var originalText = context.Original.Text;
        var copyText = context.Copy.Text;
        foreach (var (left, right) in QuoteCounterparts.Pair(originalText, context.OriginalQuotes, copyText, context.CopyQuotes))
        {
            var passage = new AlignedPassage(Sentence(context.Original, left), Sentence(context.Copy, right), 0, PassageMatch.Reworded);
            foreach (var segment in WordDiff.Compare(originalText, left, copyText, right))
            {
                if (segment.Kind != DiffKind.Replace
                    || WordCount.In(originalText, segment.Left) > MaxChangeWords
                    || WordCount.In(copyText, segment.Right) > MaxChangeWords
                    || already.Concat(added).Any(d => Covers(d, segment.Left, segment.Right)))
                {
                    continue;
                }

                var before = segment.Left.Of(originalText);
                var after = segment.Right.Of(copyText);
                var severity = OnlyFunctionWords(before) && OnlyFunctionWords(after) ? DiscrepancySeverity.Low : DiscrepancySeverity.High;
                added.Add(Make(DiscrepancyField.Quote, context, passage, segment.Left, segment.Right,
                    $"quoted '{before}' became '{after}' in \"{left.Of(originalText)}\"") with
                { Severity = severity });
            }
        }

        return added;
    }

    private static bool Covers(Discrepancy discrepancy, TextSpan left, TextSpan right)
        => discrepancy.Original.Change is { } original && original.Overlaps(left)
            && discrepancy.Changed.Change is { } changed && changed.Overlaps(right);

    /// <summary>The sentences a quotation stands in, so the reader sees it in context.</summary>
    private static TextSpan Sentence(Document document, TextSpan quote)
    {
        var holding = document.GetOrDefault(Pipeline.Layers.Sentences, []).Where(s => s.Overlaps(quote)).ToList();
        return holding.Count == 0 ? quote : new TextSpan(Math.Min(quote.Start, holding[0].Start), Math.Max(quote.End, holding[^1].End));
    }

    /// <summary>Whether an equal run next to a change holds a content word within two words of the change.</summary>
    private static bool Anchors(string text, DiffSegment neighbour, bool atEnd)
    {
        if (neighbour.Kind != DiffKind.Equal)
        {
            return false;
        }

        var words = WordCount.Spans(text, neighbour.Left);
        var near = atEnd ? words.TakeLast(2) : words.Take(2);
        return near.Any(w => !Stories.Features.StopWords.Contains(w.Of(text).ToLower(CultureInfo.InvariantCulture)));
    }

    /// <summary>The first or last word of a run, widened to the date expression or name it belongs to.</summary>
    private static TextSpan Unit(Document document, ImmutableArray<Timex> timexes, ImmutableArray<EntityMention> entities, TextSpan run, bool first)
    {
        var words = WordCount.Spans(document.Text, run);
        var word = first ? words[0] : words[^1];
        var widened = timexes.Where(t => t.Span.Contains(word)).Select(t => t.Span)
            .Concat(entities.Where(e => e.Span.Contains(word)).Select(e => e.Span))
            .FirstOrDefault(word);
        var start = Math.Max(run.Start, widened.Start);
        var end = Math.Min(run.End, widened.End);
        return new TextSpan(start, end);
    }

    private Discrepancy? Classify(DiscrepancyContext context, AlignedPassage passage, ImmutableArray<DiffSegment> segments, TextSpan left, TextSpan right)
    {
        var originalText = context.Original.Text;
        var copyText = context.Copy.Text;
        var before = left.Of(originalText);
        var after = right.Of(copyText);

        // Dates first: a year is also a number, and "in 2023" / "last year" must agree by value, not by words.
        var originalDates = DatesIn(context.OriginalTimexes, context.OriginalAnomalies, left);
        var copyDates = DatesIn(context.CopyTimexes, context.CopyAnomalies, right);
        if (originalDates.Count > 0 && copyDates.Count > 0)
        {
            var originalValues = DateValues(originalDates, originalText);
            var copyValues = DateValues(copyDates, copyText);

            // A value the other passage states elsewhere was moved, not changed (a reordered sentence).
            var moved = originalValues.Overlaps(DateValues(DatesIn(context.CopyTimexes, context.CopyAnomalies, passage.Right), copyText))
                || copyValues.Overlaps(DateValues(DatesIn(context.OriginalTimexes, context.OriginalAnomalies, passage.Left), originalText));
            return originalValues.SetEquals(copyValues) || moved
                ? null
                : Make(DiscrepancyField.Date, context, passage, left, right, $"'{before}' ({string.Join(", ", originalValues)}) became '{after}' ({string.Join(", ", copyValues)})");
        }

        if (originalDates.Count > 0 || copyDates.Count > 0)
        {
            // A date on one side only: the other side said it otherwise ("three years ago" vs a clause); not comparable.
            return null;
        }

        var originalNumbers = NumberValues.In(originalText, left);
        var copyNumbers = NumberValues.In(copyText, right);
        if (originalNumbers.Count > 0 && copyNumbers.Count > 0)
        {
            var moved = originalNumbers.Intersect(NumberValues.In(copyText, passage.Right)).Any()
                || copyNumbers.Intersect(NumberValues.In(originalText, passage.Left)).Any();
            return originalNumbers.Order().SequenceEqual(copyNumbers.Order()) || moved
                ? null
                : Make(DiscrepancyField.Number, context, passage, left, right, $"'{before}' became '{after}'");
        }

        var originalNames = NameWords.In(originalText, left, context.OriginalEntities);
        var copyNames = NameWords.In(copyText, right, context.CopyEntities);
        if (originalNames.Length > 0 && copyNames.Length > 0)
        {
            var moved = !NameWords.Disjoint(originalNames, NameWords.In(copyText, passage.Right, context.CopyEntities))
                || !NameWords.Disjoint(copyNames, NameWords.In(originalText, passage.Left, context.OriginalEntities));
            if (moved)
            {
                return null;
            }

            var place = originalNames.Any(n => n.IsPlace) || copyNames.Any(n => n.IsPlace);
            return Make(place ? DiscrepancyField.Place : DiscrepancyField.Name, context, passage, left, right, $"'{before}' became '{after}'");
        }

        if (QuoteKept(context, segments, left, right) is { } quote)
        {
            var severity = OnlyFunctionWords(before) && OnlyFunctionWords(after) ? DiscrepancySeverity.Low : DiscrepancySeverity.High;
            return Make(DiscrepancyField.Quote, context, passage, left, right, $"quoted '{before}' became '{after}' in \"{quote}\"") with { Severity = severity };
        }

        return null;
    }

    /// <summary>
    /// The quotation holding the changed words when the quote was copied and edited rather than paraphrased: the
    /// changed words stand inside quote marks on both sides, or the other side reproduces the quotation almost whole
    /// without marks (a block quote, a transcript).
    /// </summary>
    private string? QuoteKept(DiscrepancyContext context, ImmutableArray<DiffSegment> segments, TextSpan left, TextSpan right)
    {
        var originalQuote = context.OriginalQuotes.FirstOrDefault(q => q.Contains(left));
        var copyQuote = context.CopyQuotes.FirstOrDefault(q => q.Contains(right));
        if (originalQuote != default && copyQuote != default)
        {
            return Kept(context.Original.Text, originalQuote, segments, s => s.Left) >= MinQuoteKept ? originalQuote.Of(context.Original.Text) : null;
        }

        if (originalQuote != default && !context.CopyQuotes.Any(q => q.Overlaps(right)))
        {
            return Kept(context.Original.Text, originalQuote, segments, s => s.Left) >= MinQuoteReproduced ? originalQuote.Of(context.Original.Text) : null;
        }

        if (copyQuote != default && !context.OriginalQuotes.Any(q => q.Overlaps(left)))
        {
            return Kept(context.Copy.Text, copyQuote, segments, s => s.Right) >= MinQuoteReproduced ? copyQuote.Of(context.Copy.Text) : null;
        }

        return null;
    }

    /// <summary>The share of a quotation's words that the diff keeps.</summary>
    private static double Kept(string text, TextSpan quote, ImmutableArray<DiffSegment> segments, Func<DiffSegment, TextSpan> side)
    {
        var total = WordCount.In(text, quote);
        var kept = segments
            .Where(s => s.Kind == DiffKind.Equal && side(s).Overlaps(quote))
            .Sum(s => WordCount.In(text, new TextSpan(Math.Max(quote.Start, side(s).Start), Math.Min(quote.End, side(s).End))));
        return total == 0 ? 0 : (double)kept / total;
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

    private static Discrepancy Make(DiscrepancyField field, DiscrepancyContext context, AlignedPassage passage, TextSpan left, TextSpan right, string explanation)
        => new(
            field,
            DiscrepancySeverity.High,
            new DiscrepancySide(context.Original.Id, passage.Left, left, left.Of(context.Original.Text)) { PassageText = passage.Left.Of(context.Original.Text) },
            new DiscrepancySide(context.Copy.Id, passage.Right, right, right.Of(context.Copy.Text)) { PassageText = passage.Right.Of(context.Copy.Text) },
            explanation);

    private static bool OnlyFunctionWords(string words)
        => words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => Stories.Features.StopWords.Contains(w.ToLower(CultureInfo.InvariantCulture)));
}
