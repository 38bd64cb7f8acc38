using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Yesha Council of Jewish settlers": a body's name read on over "of" and a nationality describes a lower-case noun
/// after it; the body ends before "of" and the nationality stands alone. "Council of Jewish Federations", whose nationality
/// a capitalised word follows, is one name.
/// </summary>
internal static class NationalityTails
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var last = name.LastToken;
            if (name.Type != EntityTypes.Organization || last - name.FirstToken < 2 || !TokenText.Is(text, tokens[last - 1], "of") || last + 1 >= tokens.Length
                || tokens[last + 1].Kind != TokenKind.Word || !char.IsLower(text[tokens[last + 1].Start])
                || !Gazetteer.Lookup.TryGetValue(TokenText.Of(text, tokens[last]), out var nationality) || nationality.Type != EntityTypes.Nationality)
            {
                continue;
            }

            merged[k] = name with { LastToken = last - 2, Canonical = null };
            merged.Add(new NameCandidate(last, last, EntityTypes.Nationality, nationality.Canonical, NameEvidence.Strong));
        }
    }
}
