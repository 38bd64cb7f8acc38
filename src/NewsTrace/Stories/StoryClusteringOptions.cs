namespace NewsTrace.Stories;

/// <summary>
/// The few knobs of story clustering. <see cref="Default"/> holds the values chosen on ECB+ dev topics 1–25 only
/// (docs/quality.md gives the protocol and the held-out figures).
/// </summary>
public sealed record StoryClusteringOptions
{
    /// <summary>The tuned settings.</summary>
    public static StoryClusteringOptions Default { get; } = new();

    /// <summary>The comparison baseline: plain TF-IDF (sublinear tf, same tokens), no name or number boost, no time decay.</summary>
    public static StoryClusteringOptions Baseline { get; } = new() { NameBoost = 1, CalendarEventBoost = 1, CalendarTopicWeight = 1, SharedQuoteBonus = 0, TimeAware = false, TopicLocalWeighting = false, EventThreshold = 0.18 };

    /// <summary>Average similarity at or above which two groups of articles are one event (story).</summary>
    public double EventThreshold { get; init; } = 0.105;

    /// <summary>Average similarity at or above which articles are one topic (related events).</summary>
    public double TopicThreshold { get; init; } = 0.05;

    /// <summary>
    /// Whether events are found inside each topic with term weights that also use the topic's own document frequencies
    /// (the event threshold then applies to those topic-local similarities); otherwise events are a tighter cut of the
    /// same tree as topics.
    /// </summary>
    public bool TopicLocalWeighting { get; init; } = true;

    /// <summary>Weight factor for names (capitalised where no sentence starts) and numbers: they identify an event.</summary>
    public double NameBoost { get; init; } = 4;

    /// <summary>
    /// Weight factor, within a topic, for weekday and month names (<see cref="Features.TermClass.Calendar"/>): which day an
    /// article reports tells two events of one thread apart. Chosen on ECB+ topics 1–25 from {1, 2, 4, 5, 6, 7, 8}.
    /// </summary>
    public double CalendarEventBoost { get; init; } = 6;

    /// <summary>
    /// Weight factor for weekday and month names when articles are grouped into topics: every report names a day, so a
    /// shared "Wednesday" says nothing about which thread of events two articles follow (it linked a flood to a
    /// diplomatic visit of the same week). Zero leaves them out of the topic tree.
    /// </summary>
    public double CalendarTopicWeight { get; init; }

    /// <summary>
    /// Added, within a topic, to the similarity of two articles that carry the same quotation: this times the share of the
    /// smaller set of quotation shingles (three content words in a row inside quotation marks) the other article shares.
    /// Bounded by its value; chosen on ECB+ topics 1–25 from {0.02, 0.05, 0.1} (the first two changed nothing, 0.1 one
    /// document: events 0.9216 → 0.9227).
    /// </summary>
    public double SharedQuoteBonus { get; init; } = 0.1;

    /// <summary>Whether publish dates far apart lower similarity (only when both dates are known).</summary>
    public bool TimeAware { get; init; } = true;

    /// <summary>Days apart that cost nothing: an event is reported over a few days.</summary>
    public double GraceDays { get; init; } = 3;

    /// <summary>Beyond the grace, similarity is divided by 1 + extra days / this scale (halved after 3 + 14 days).</summary>
    public double DecayDays { get; init; } = 14;

    /// <summary>
    /// The decay scale for topics (the loose tree that groups events): a topic is a thread of events over months, so
    /// days apart cost it less than they cost one event. Events keep <see cref="DecayDays"/>.
    /// </summary>
    public double TopicDecayDays { get; init; } = 60;

    /// <summary>
    /// Days apart assumed when one article has a date and the other none (an undated page may be from any time, so it is
    /// less likely to report the same happening than one known to be close): similarity divided by 3 at the default.
    /// Two undated articles are compared without decay.
    /// </summary>
    public double UnknownDateDays { get; init; } = 31;

    /// <summary>
    /// Plain TF-IDF cosine (no name boost) at or above which two articles share so much text that one reuses the other.
    /// They always share a story, and are dated from the earlier one, because a copy republished months later (with its
    /// own date) still reports the same event.
    /// </summary>
    public double ReuseSimilarity { get; init; } = 0.7;
}
