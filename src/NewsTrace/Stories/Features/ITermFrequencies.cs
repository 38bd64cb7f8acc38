namespace NewsTrace.Stories.Features;

/// <summary>Document frequencies kept outside a clusterer (the persisted global ones), so a subset of articles is weighted as the whole corpus weights it.</summary>
public interface ITermFrequencies
{
    /// <summary>N: how many documents the frequencies count.</summary>
    long DocumentCount { get; }

    /// <summary>How many of those documents contain <paramref name="term"/>.</summary>
    int Frequency(string term);
}
