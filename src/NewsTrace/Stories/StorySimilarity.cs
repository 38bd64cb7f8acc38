namespace NewsTrace.Stories;

/// <summary>The time-aware part of story similarity, shared by the batch clusterer and the incremental one.</summary>
public static class StorySimilarity
{
    /// <summary>
    /// With <see cref="StoryClusteringOptions.TimeAware"/>: <paramref name="cosine"/> divided by 1 + (days apart − grace) /
    /// decay scale when both dates are known, as if <see cref="StoryClusteringOptions.UnknownDateDays"/> apart when only
    /// one is; unchanged when neither is (or time is ignored).
    /// </summary>
    public static double Decay(double cosine, DateOnly? dateA, DateOnly? dateB, StoryClusteringOptions options)
        => Decay(cosine, dateA, dateB, options, options?.DecayDays ?? 0);

    /// <summary>The same, at topic level (<see cref="StoryClusteringOptions.TopicDecayDays"/>).</summary>
    public static double TopicDecay(double cosine, DateOnly? dateA, DateOnly? dateB, StoryClusteringOptions options)
        => Decay(cosine, dateA, dateB, options, options?.TopicDecayDays ?? 0);

    private static double Decay(double cosine, DateOnly? dateA, DateOnly? dateB, StoryClusteringOptions? options, double scale)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TimeAware || (dateA is null && dateB is null))
        {
            return cosine;
        }

        var days = dateA is { } first && dateB is { } second ? Math.Abs(first.DayNumber - second.DayNumber) : options.UnknownDateDays;
        var extra = Math.Max(0, days - options.GraceDays);
        return cosine / (1 + (extra / scale));
    }
}
