using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Time;

namespace NewsTrace.Web.Html;

/// <summary>
/// Renders an article's text with its stored layers highlighted. Annotations may nest or overlap (an entity inside a
/// quote, a speaker beside it), so the text is cut at every annotation boundary and each piece becomes one span
/// carrying the classes of every annotation over it: the markup is always well formed, whatever the spans are.
/// </summary>
public static class AnnotatedText
{
    public static IReadOnlyList<Annotation> From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var annotations = new List<Annotation>();
        if (document.TryGet(Layers.Quotes, out var quotes))
        {
            foreach (var quote in quotes)
            {
                annotations.Add(new Annotation(quote.Span, "hl-quote", $"Quote ({quote.Kind}) by {quote.Speaker ?? "unknown speaker"}"));
                if (quote.SpeakerSpan is { } speaker)
                {
                    annotations.Add(new Annotation(speaker, "hl-speaker", $"Speaker: {quote.Speaker ?? speaker.Of(text)}"));
                }
            }
        }

        if (document.TryGet(Layers.Entities, out var entities))
        {
            foreach (var entity in entities)
            {
                annotations.Add(new Annotation(entity.Span, EntityClass(entity), $"{entity.Type}: {entity.Canonical ?? entity.Span.Of(text)}"));
            }
        }

        if (document.TryGet(Layers.Timexes, out var timexes))
        {
            foreach (var timex in timexes)
            {
                annotations.Add(new Annotation(timex.Span, "hl-date", $"{timex.Type}: {timex.Value ?? "unresolved"}"));
            }
        }

        if (document.TryGet(TimeLayers.DateAnomalies, out var anomalies))
        {
            foreach (var anomaly in anomalies)
            {
                annotations.Add(new Annotation(anomaly.Span, "hl-anomaly", anomaly.Message));
            }
        }

        return annotations;
    }

    /// <summary>Only types we know become class names; anything else in the data gets a neutral class.</summary>
    public static string EntityClass(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Type switch
        {
            "PERSON" => "hl-entity hl-person",
            "ORG" => "hl-entity hl-org",
            "GPE" or "LOC" => "hl-entity hl-place",
            _ => "hl-entity",
        };
    }

    public static void Render(HtmlBuilder html, string text, IReadOnlyList<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        var valid = annotations.Where(a => a.Span.Start >= 0 && a.Span.End <= text.Length && a.Span.Start < a.Span.End).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var annotation in valid)
        {
            cuts.Add(annotation.Span.Start);
            cuts.Add(annotation.Span.End);
        }

        var sortedCuts = cuts.ToArray();
        for (var i = 0; i + 1 < sortedCuts.Length; i++)
        {
            int start = sortedCuts[i], end = sortedCuts[i + 1];
            var over = valid.Where(a => a.Span.Start <= start && a.Span.End >= end).ToList();
            if (over.Count == 0)
            {
                html.Text(text, start, end - start);
                continue;
            }

            var classes = string.Join(' ', over.Select(a => a.CssClass).Distinct(StringComparer.Ordinal));
            var tooltip = string.Join(" · ", over.Select(a => a.Tooltip).Distinct(StringComparer.Ordinal));
            html.Open("span", ("class", classes), ("title", tooltip)).Text(text, start, end - start).Close("span");
        }
    }
}
