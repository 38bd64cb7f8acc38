using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Airlines in crash and fleet reports: "a Saudi Arabian Airlines Boeing 747", "a Kazakhstan Airlines Ilyushin-76". The
/// tagger runs the airline on into the aircraft's maker, and a known country before "Airlines" is found alone as the place.
/// A name that holds an airline's head word followed by an aircraft maker is cut after the head (the plane is a product,
/// left unmarked); a country or place right before an unclaimed "Airlines" or "Airways" becomes the airline; and a maker
/// with a model number ("Airbus A310", "Ilyushin-76"), which the tagger reads as a person, is dropped: it names a plane.
/// </summary>
internal static class AirlineNames
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            for (var i = name.FirstToken; i < name.LastToken; i++)
            {
                if (IsAircraftAfterAirline(text, tokens, i + 1))
                {
                    merged[k] = name with { LastToken = i, Type = EntityTypes.Organization, Canonical = null };
                    break;
                }
            }

            name = merged[k];
            var next = name.LastToken + 1;
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && next < tokens.Length && IsAirlineHead(text, tokens[next])
                && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[next]) && MergedNames.At(merged, next) is null)
            {
                merged[k] = name with { LastToken = next, Type = EntityTypes.Organization, Canonical = null };
            }
        }

        merged.RemoveAll(name => name.Type == EntityTypes.Person && IsAircraftModel(text, tokens, name));
    }

    /// <summary>"Airbus A310", "Boeing 747", "Ilyushin-76": a maker followed by, or joined to, a model number.</summary>
    private static bool IsAircraftModel(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        var word = TokenText.Of(text, tokens[name.FirstToken]);
        var maker = Maker(word);
        if (!NameWords.IsAircraftMaker(maker))
        {
            return false;
        }

        if (maker.Length < word.Length)
        {
            return word[(maker.Length + 1)..].IndexOfAnyInRange('0', '9') >= 0;
        }

        var model = name.FirstToken + 1;
        return model < tokens.Length && model <= name.LastToken + 1 && TokenText.Of(text, tokens[model]).IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>"Airlines Boeing", "Airways Ilyushin-76": token <paramref name="i"/> is an aircraft's maker right after an airline's head word.</summary>
    internal static bool IsAircraftAfterAirline(string text, ImmutableArray<Token> tokens, int i)
        => i > 0 && IsAirlineHead(text, tokens[i - 1]) && NameWords.IsAircraftMaker(Maker(TokenText.Of(text, tokens[i])));

    private static bool IsAirlineHead(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return word.Equals("Airlines", StringComparison.OrdinalIgnoreCase) || word.Equals("Airways", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Ilyushin-76": the maker before the model number.</summary>
    private static ReadOnlySpan<char> Maker(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 ? word[..hyphen] : word;
    }
}
