using System.Text;
using NewsTrace.Documents;

namespace NewsTrace.Time.Timeline;

/// <summary>
/// Builds the timeline of a story from its analysed articles: every dated sentence (<see cref="DatedSentences"/>) is an
/// event; sentences of the same date that share enough rare names and content words (<see cref="MinimumSimilarity"/>, on
/// average with the sentences already in the event) are one event told by several sources, within one article or across articles.
/// </summary>
public static class TimelineBuilder
{
    /// <summary>
    /// The share of the shorter sentence's content (names count double) two sentences of one date must have in common to be
    /// one event. Low enough for a rewrite ("flew into Dorvan on Wednesday" / "arrived in Dorvan on Wednesday"), high enough to
    /// keep apart two things that happened on one day.
    /// </summary>
    public const double MinimumSimilarity = 0.3;

    /// <param name="id">The story (or topic) id.</param>
    /// <param name="title">Its title, if any.</param>
    /// <param name="documents">The articles with their sentences and timexes (as <c>StoredDocument.FromStored</c> gives them).</param>
    public static StoryTimeline Build(string id, string? title, IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(documents);

        // Earliest article first, so that each event's first source, and its text, is the earliest telling.
        var ordered = documents
            .OrderBy(d => d.Metadata.Published?.ToString() ?? "9999", StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var candidates = new List<(CalendarPeriod Date, EventSource Source, EventTerms Terms)>();
        foreach (var document in ordered)
        {
            foreach (var dated in DatedSentences.Find(document))
            {
                var sentence = OneLine(dated.Sentence.Of(document.Text));
                var source = new EventSource(
                    document.Id,
                    document.Metadata.RecordId ?? document.Metadata.Source,
                    document.Metadata.Site,
                    document.Metadata.Published?.ToString(),
                    dated.Sentence,
                    sentence,
                    dated.Expression,
                    dated.Expression.Of(document.Text));
                candidates.Add((dated.Date, source, EventTerms.From(sentence)));
            }
        }

        var similarity = new EventSimilarity(candidates.Select(c => c.Terms));
        var byDate = new Dictionary<CalendarPeriod, List<List<(EventSource Source, EventTerms Terms)>>>();
        var order = new List<CalendarPeriod>();
        foreach (var (date, source, terms) in candidates)
        {
            if (!byDate.TryGetValue(date, out var events))
            {
                events = [];
                byDate[date] = events;
                order.Add(date);
            }

            // Average link: a sentence joins the event it is closest to as a whole, so one shared side detail cannot chain
            // two events of one day together.
            var best = events
                .Select(e => (Event: e, Score: e.Average(member => similarity.Score(member.Terms, terms))))
                .Where(e => e.Score >= MinimumSimilarity)
                .OrderByDescending(e => e.Score)
                .Select(e => e.Event)
                .FirstOrDefault();
            if (best is null)
            {
                events.Add([(source, terms)]);
            }
            else
            {
                best.Add((source, terms));
            }
        }

        var timeline = order
            .SelectMany(date => byDate[date].Select(members => new TimelineEvent(date, Representative(members, similarity), [.. members.Select(m => m.Source)])))
            .OrderBy(e => e.Date.First)
            .ThenBy(e => e.Date.Precision)
            .ThenByDescending(e => e.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Count());
        return new StoryTimeline(id, title, ordered.Count, [.. timeline]);
    }

    /// <summary>The sentence closest to all the others of the event (the earliest one on a tie): the event as most sources tell it.</summary>
    private static string Representative(List<(EventSource Source, EventTerms Terms)> members, EventSimilarity similarity)
    {
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < members.Count; i++)
        {
            var score = 0.0;
            for (var j = 0; j < members.Count; j++)
            {
                score += i == j ? 0 : similarity.Score(members[i].Terms, members[j].Terms);
            }

            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return members[best].Source.SentenceText;
    }

    /// <summary>The sentence on one line: line breaks and runs of white space become one space.</summary>
    private static string OneLine(string sentence)
    {
        var builder = new StringBuilder(sentence.Length);
        var space = false;
        foreach (var c in sentence)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
