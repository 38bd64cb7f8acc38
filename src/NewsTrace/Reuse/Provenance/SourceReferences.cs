using System.Collections.Immutable;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Byte-identical content read from several files is stored once with all its names. Nothing in the content says
/// which file came first, so the only hint is a name that calls itself a copy ("mirror-…", "…-copy", "cache/…").
/// </summary>
internal static class SourceReferences
{
    private static readonly string[] CopyMarkers = ["mirror", "copy", "cache", "cached", "archive", "backup", "dup", "duplicate", "reprint"];

    /// <summary>The references, the most likely original first: names without a copy marker, then ordinal order.</summary>
    public static ImmutableArray<string> Ordered(IEnumerable<string> references)
        => [.. references.Distinct(StringComparer.Ordinal).OrderBy(r => MarkedAsCopy(r) ? 1 : 0).ThenBy(r => r, StringComparer.Ordinal)];

    /// <summary>Whether the file name (not the folders above it) carries a copy marker as a word.</summary>
    public static bool MarkedAsCopy(string reference)
    {
        var name = Path.GetFileName(reference);
        var words = name.Split(['-', '_', '.', ' ', '#'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => CopyMarkers.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
