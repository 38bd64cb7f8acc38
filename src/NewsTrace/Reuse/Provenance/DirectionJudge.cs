using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Extraction.ScrapedText;
using NewsTrace.Time;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Decides which of two articles that share text is the original. Evidence is weighed, each piece with a reason:
/// publish times (only beyond what their precision allows: a date without an offset could be any time zone), credit
/// lines (a copy names the agency the other article is from), and errors only one side has inside the shared text
/// (an impossible date, a weekday that does not match its date, a fact the other articles state otherwise).
/// Thread-safe.
/// </summary>
public sealed class DirectionJudge
{
    /// <summary>The weight from which the direction counts as known.</summary>
    public double MinWeight { get; init; } = 1.0;

    /// <param name="a">One article.</param>
    /// <param name="b">The other.</param>
    /// <param name="comparison">Their comparison, in either order.</param>
    /// <param name="introducedErrors">Facts in which one side stands against the majority, as (copy id, reason): evidence that side is the copy.</param>
    public DirectionVerdict Judge(ProvenanceArticle a, ProvenanceArticle b, PairComparison comparison, IEnumerable<(string CopyId, string Reason)>? introducedErrors = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(comparison);
        var score = 0.0; // > 0: a is the original.
        var reasonsForA = new List<string>();
        var reasonsForB = new List<string>();
        void Add(double weight, string reason)
        {
            score += weight;
            (weight > 0 ? reasonsForA : reasonsForB).Add(reason);
        }

        if (PublishTimes(a, b) is { } time)
        {
            Add(time.Weight, time.Reason);
        }

        foreach (var (weight, reason) in Credits(a, b).Concat(Credits(b, a).Select(c => (-c.Weight, c.Reason))))
        {
            Add(weight, reason);
        }

        var oriented = comparison.Oriented(a.Id);
        foreach (var reason in Anomalies(b, a, oriented.Passages.Select(p => p.Right)))
        {
            Add(2, reason);
        }

        foreach (var reason in Anomalies(a, b, oriented.Passages.Select(p => p.Left)))
        {
            Add(-2, reason);
        }

        foreach (var (copyId, reason) in introducedErrors ?? [])
        {
            Add(string.Equals(copyId, b.Id, StringComparison.Ordinal) ? 1.5 : -1.5, reason);
        }

        if (Math.Abs(score) < MinWeight)
        {
            var (first, second) = string.CompareOrdinal(a.Id, b.Id) <= 0 ? (a, b) : (b, a);
            var undecided = reasonsForA.Concat(reasonsForB).Append("the evidence does not tell which came first").ToImmutableArray();
            return new DirectionVerdict(first.Id, second.Id, false, undecided);
        }

        return score > 0
            ? new DirectionVerdict(a.Id, b.Id, true, [.. reasonsForA, .. reasonsForB.Select(r => "against: " + r)])
            : new DirectionVerdict(b.Id, a.Id, true, [.. reasonsForB, .. reasonsForA.Select(r => "against: " + r)]);
    }

    /// <summary>Positive weight when <paramref name="a"/> was published first, beyond the precision of both dates.</summary>
    private static (double Weight, string Reason)? PublishTimes(ProvenanceArticle a, ProvenanceArticle b)
    {
        if (a.Document.Metadata.Published is not { } aDate || b.Document.Metadata.Published is not { } bDate)
        {
            return null;
        }

        var gap = PublishInstant.Of(bDate)!.Value - PublishInstant.Of(aDate)!.Value;
        if (gap == TimeSpan.Zero)
        {
            return null;
        }

        var (earlier, earlierDate, laterDate) = gap > TimeSpan.Zero ? (a, aDate, bDate) : (b, bDate, aDate);
        var sign = gap > TimeSpan.Zero ? 1 : -1;
        var certain = gap.Duration() > PublishInstant.Uncertainty(aDate) + PublishInstant.Uncertainty(bDate);
        var reason = certain
            ? $"published {Span(gap.Duration())} after {earlier.Label} ({earlierDate} vs {laterDate})"
            : $"published {Span(gap.Duration())} after {earlier.Label} by the dates shown ({earlierDate} vs {laterDate}), within what their precision allows";
        return (sign * (certain ? 3.0 : 0.5), reason);
    }

    /// <summary>Evidence that <paramref name="copy"/> credits the outlet <paramref name="original"/> is from.</summary>
    private static IEnumerable<(double Weight, string Reason)> Credits(ProvenanceArticle original, ProvenanceArticle copy)
    {
        var outlet = original.Document.Metadata.Site;
        if (string.IsNullOrWhiteSpace(outlet))
        {
            yield break;
        }

        var copyOutlet = copy.Document.Metadata.Site;
        foreach (var credit in copy.Document.Metadata.Credits)
        {
            if (CreditNames(credit, outlet) && (copyOutlet is null || !CreditNames(credit, copyOutlet)))
            {
                yield return (3.0, $"{copy.Label} credits '{credit}', which is {original.Label}");
            }
        }
    }

    /// <summary>Whether a credit ("Meridian", "AP") names an outlet ("Meridian News Agency", "The Associated Press").</summary>
    public static bool CreditNames(string credit, string outlet)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(outlet);
        var normalized = AgencyNames.Normalize(outlet);
        return string.Equals(normalized, credit, StringComparison.OrdinalIgnoreCase)
            || string.Equals(outlet.Trim(), credit, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Date anomalies of <paramref name="copy"/> inside the shared passages that the other side does not have.</summary>
    private static IEnumerable<string> Anomalies(ProvenanceArticle copy, ProvenanceArticle other, IEnumerable<TextSpan> sharedSpans)
    {
        var spans = sharedSpans.ToList();
        var otherAnomalies = other.Document.GetOrDefault(TimeLayers.DateAnomalies, []);
        foreach (var anomaly in copy.Document.GetOrDefault(TimeLayers.DateAnomalies, []))
        {
            var text = anomaly.Span.Of(copy.Document.Text);
            if (spans.Any(s => s.Contains(anomaly.Span))
                && !otherAnomalies.Any(o => string.Equals(o.Span.Of(other.Document.Text), text, StringComparison.Ordinal)))
            {
                yield return $"{copy.Label} has '{text}' in the shared text ({anomaly.Message}), an error {other.Label} does not have";
            }
        }
    }

    internal static string Span(TimeSpan gap)
    {
        var culture = CultureInfo.InvariantCulture;
        if (gap.TotalHours < 1)
        {
            return string.Create(culture, $"{Math.Max(1, (int)gap.TotalMinutes)} min");
        }

        if (gap.TotalHours < 48)
        {
            return gap.Minutes == 0 ? string.Create(culture, $"{(int)gap.TotalHours} h") : string.Create(culture, $"{(int)gap.TotalHours} h {gap.Minutes} min");
        }

        return string.Create(culture, $"{(int)Math.Round(gap.TotalDays)} days");
    }

}
