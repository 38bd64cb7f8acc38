namespace NewsTrace.Stories;

/// <summary>The time-aware part of story similarity, shared by the batch clusterer and the incremental one.</summary>
public static class StorySimilarity
{
    /// <summary>
    /// <paramref name="cosine"/> divided by 1 + (days apart − grace) / decay scale when both dates are known and
    /// <see cref="StoryClusteringOptions.TimeAware"/> is set; unchanged otherwise.
    /// </summary>
    public static double Decay(double cosine, DateOnly? dateA, DateOnly? dateB, StoryClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TimeAware || dateA is not { } first || dateB is not { } second)
        {
            return cosine;
        }

        var days = Math.Abs(first.DayNumber - second.DayNumber);
        var extra = Math.Max(0, days - options.GraceDays);
        return cosine / (1 + (extra / options.DecayDays));
    }
}
