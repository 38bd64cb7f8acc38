using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Typhoon Herb", "Hurricane Andrew", "Tropical Storm Allison": a storm is named like a person, and the tagger reads it as
/// one, but it is an event (CoNLL's miscellaneous names, which NewsTrace does not mark). A name opening with the kind of
/// storm is dropped.
/// </summary>
internal static class StormNames
{
    private static readonly FrozenSet<string> Kinds = FrozenSet.ToFrozenSet(["Typhoon", "Hurricane", "Cyclone", "Tropical", "Storm", "Tornado", "Supertyphoon", "Super"], StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KindLookup = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
        => merged.RemoveAll(name => name.LastToken > name.FirstToken && name.Canonical is null && KindLookup.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                                    && (!TokenText.Is(text, tokens[name.FirstToken], "Super") || KindLookup.Contains(TokenText.Of(text, tokens[name.FirstToken + 1]))));
}
