using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Finds acronyms an article defines right after a name: "the Federal Republic of Kesmaria (FRK)", "the Democratic
/// People's Republic of Korea, abbreviated as DPRK", "..., known as the DIRS". The acronym's letters must be the
/// initials of the name's words, in order and starting with the first, so "(AFP)" after a person's name is not taken
/// for an acronym of that name.
/// </summary>
internal static partial class AcronymDefinitionFinder
{
    // How far after a name a definition may start: "(" or ", abbreviated as the " is short.
    private const int LookAhead = 48;

    public static IEnumerable<AcronymDefinition> Find(string text, ImmutableArray<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var mention in mentions)
        {
            if (mention.Type is EntityTypes.Person or EntityTypes.Nationality)
            {
                continue;
            }

            var name = mention.Span.Of(text);
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            var after = text.AsSpan(mention.Span.End, Math.Min(LookAhead, text.Length - mention.Span.End)).ToString();
            var match = Definition().Match(after);
            if (!match.Success)
            {
                continue;
            }

            var letters = CrossDocumentNameKey.AcronymLetters(match.Groups["acronym"].Value);
            if (SpellsInitials(letters, words))
            {
                yield return new AcronymDefinition(letters, mention.Canonical ?? name);
            }
        }
    }

    /// <summary>True when every letter is the initial of a later word than the previous letter's, the first being the first word's.</summary>
    internal static bool SpellsInitials(string letters, IReadOnlyList<string> words)
    {
        if (letters.Length < 2 || words.Count == 0 || char.ToUpperInvariant(words[0][0]) != letters[0])
        {
            return false;
        }

        var word = 1;
        for (var i = 1; i < letters.Length; i++)
        {
            while (word < words.Count && char.ToUpperInvariant(words[word][0]) != letters[i])
            {
                word++;
            }

            if (word == words.Count)
            {
                return false;
            }

            word++;
        }

        return true;
    }

    [GeneratedRegex(
        """^(?:\s*\(\s*|,?\s+(?:abbreviated|shortened|known|referred\s+to)\s+as\s+(?:the\s+)?["“']?)(?<acronym>[A-Z](?:\.?[A-Z]){1,7}\.?)(?=[\s)"”',.;:]|$)""",
        RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
