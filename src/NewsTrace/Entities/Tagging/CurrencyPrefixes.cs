using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "rose 1.75 to HK$ 90.25", "US$ 3 million", "A$ 1.2 billion": letters written against a dollar sign say whose dollar it
/// is, and name no place in the text; a name that ends right against "$" is dropped.
/// </summary>
internal static class CurrencyPrefixes
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
        => merged.RemoveAll(name => name.LastToken + 1 < tokens.Length && tokens[name.LastToken + 1].Start == tokens[name.LastToken].End
                                    && TokenText.Of(text, tokens[name.LastToken + 1]) is "$");
}
