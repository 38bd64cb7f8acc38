using System.Collections.Immutable;
using NewsTrace.Pipeline;

namespace NewsTrace.Time;

/// <summary>Layers of the time stage beyond the well-known <see cref="Layers.Timexes"/>.</summary>
public static class TimeLayers
{
    /// <summary>Impossible dates and weekday mismatches found while recognising temporal expressions.</summary>
    public static readonly LayerKey<ImmutableArray<DateAnomaly>> DateAnomalies = new("date_anomalies");
}
