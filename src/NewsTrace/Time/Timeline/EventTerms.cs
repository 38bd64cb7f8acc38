using NewsTrace.Stories.Features;

namespace NewsTrace.Time.Timeline;

/// <summary>
/// The content words of one event sentence, for telling whether two sentences of the same date describe the same event.
/// The date words themselves ("Wednesday", "October") are left out because every sentence of that date shares them.
/// </summary>
internal sealed class EventTerms
{
    private EventTerms(Dictionary<string, TermClass> terms) => Terms = terms;

    /// <summary>Each content term and its class (names carry more of an event's identity than common words).</summary>
    public IReadOnlyDictionary<string, TermClass> Terms { get; }

    public static EventTerms From(string sentence)
    {
        var terms = new Dictionary<string, TermClass>(StringComparer.Ordinal);
        foreach (var (term, count) in ContentTerms.Extract(sentence))
        {
            var word = TimeLexicon.Lookup(term);
            if (!word.Is(TimeWordKinds.Month) && !word.Is(TimeWordKinds.Weekday) && !word.Is(TimeWordKinds.RelativeDay)
                && !word.Is(TimeWordKinds.PartOfDay) && !word.Is(TimeWordKinds.Unit) && !word.Is(TimeWordKinds.UnitPlural))
            {
                terms[term] = count.Class;
            }
        }

        return new EventTerms(terms);
    }
}
