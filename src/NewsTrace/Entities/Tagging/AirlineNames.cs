using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Airlines in crash and fleet reports: "a Saudi Arabian Airlines Boeing 747", "a Kazakhstan Airlines Ilyushin-76". The
/// tagger runs the airline on into the aircraft's maker, and a known country before "Airlines" is found alone as the place.
/// A name that holds an airline's head word followed by an aircraft maker, or that ends in a maker before a model number
/// ("an Aeroperu Boeing 757"), is cut before the maker, the rest an airline (the plane is a product, left unmarked); a
/// country or place right before an unclaimed "Airlines" or "Airways" becomes the airline; and a maker
/// with a model number ("Airbus A310", "Ilyushin-76"), which the tagger reads as a person, is dropped: it names a plane.
/// "Air" opening what the tagger read as a person names an airline ("Air Transat").
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
                if (IsAircraftAfterAirline(text, tokens, i + 1) || (i + 1 == name.LastToken && IsMakerBeforeModel(text, tokens, name.LastToken)))
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

        // "Air Transat said", "two Air Tanzania flights": "Air" opening a name of two or three words names an airline, which
        // the tagger, knowing no one called Air, reads as a person.
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.LastToken - name.FirstToken <= 2
                && TokenText.Is(text, tokens[name.FirstToken], "Air") && !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[name.FirstToken + 1]))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
        AirlinesBeforeLoneMakers(text, tokens, merged);
    }

    /// <summary>
    /// "An Andesair Boeing 757", where only the maker was found: the maker before a model number names the plane, so it goes,
    /// and an unclaimed capitalised word right before it (after an article or a lower-case word) is the airline.
    /// </summary>
    private static void AirlinesBeforeLoneMakers(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var maker = merged[k];
            if (maker.FirstToken != maker.LastToken || !IsMakerBeforeModel(text, tokens, maker.LastToken))
            {
                continue;
            }

            merged.RemoveAt(k);
            var airline = maker.FirstToken - 1;
            if (airline > 0 && TokenText.IsCapitalised(text, tokens[airline]) && TokenText.OnSameLine(text, tokens[airline], tokens[maker.FirstToken])
                && MergedNames.At(merged, airline) is null && tokens[airline - 1].Kind == TokenKind.Word
                && (!TokenText.IsCapitalised(text, tokens[airline - 1]) || TokenText.Of(text, tokens[airline - 1]) is "A" or "An" or "The"))
            {
                merged.Add(new NameCandidate(airline, airline, EntityTypes.Organization, null, NameEvidence.Likely));
            }
        }
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

    /// <summary>"An Aeroperu Boeing 757": token <paramref name="i"/> is an aircraft's maker with a model number after it, so the words before it are the airline.</summary>
    private static bool IsMakerBeforeModel(string text, ImmutableArray<Token> tokens, int i)
        => NameWords.IsAircraftMaker(TokenText.Of(text, tokens[i])) && i + 1 < tokens.Length && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])
           && TokenText.Of(text, tokens[i + 1]) is var model && model.Length > 0 && (char.IsDigit(model[0]) || (model.Length > 1 && char.IsUpper(model[0]) && char.IsDigit(model[1])));

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
