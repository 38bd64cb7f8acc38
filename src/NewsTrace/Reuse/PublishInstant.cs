using NewsTrace.Documents;

namespace NewsTrace.Reuse;

/// <summary>
/// A publish date as a point in time with its uncertainty: a bare day could be any time of that day anywhere on
/// Earth, a time without offset any of the world's offsets. Comparing two dates is only meaningful beyond the sum of
/// their uncertainties.
/// </summary>
internal static class PublishInstant
{
    /// <summary>The widest spread of UTC offsets in use (−12:00 to +14:00), halved around UTC.</summary>
    private static readonly TimeSpan UnknownOffset = TimeSpan.FromHours(14);

    /// <summary>The instant (UTC), taking a missing time as noon and a missing offset as UTC; null when unknown.</summary>
    public static DateTimeOffset? Of(PublishDate? date)
    {
        if (date is not { } value)
        {
            return null;
        }

        var time = value.Time ?? new TimeOnly(12, 0);
        return new DateTimeOffset(value.Date.ToDateTime(time), value.Offset ?? TimeSpan.Zero);
    }

    /// <summary>How far the true instant may be from <see cref="Of"/>.</summary>
    public static TimeSpan Uncertainty(PublishDate date)
        => date.Time is null ? TimeSpan.FromHours(12) + UnknownOffset : date.Offset is null ? UnknownOffset : TimeSpan.Zero;
}
