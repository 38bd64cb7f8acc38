using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>The gazetteer's reading of a document's tokens, one of the tagger's features (<see cref="FeatureExtractor"/>).</summary>
internal static class KnownNameTags
{
    /// <summary>Longer than any name in the gazetteer, so a longer run of words cannot be one.</summary>
    private const int MaxKnownNameChars = 96;

    /// <summary>
    /// The longest known name (gazetteer) starting at each token, within a sentence, as type and B or I: a reading that,
    /// unlike the rules', does not depend on where capitalised runs begin and end ("New South Wales" inside "Western New South Wales").
    /// </summary>
    public static int[] Of(string text, ImmutableArray<Token> tokens, bool[] sentenceStart)
    {
        var tags = new int[tokens.Length];
        var i = 0;
        while (i < tokens.Length)
        {
            var length = LongestKnownName(text, tokens, sentenceStart, i, out var entry);
            if (length == 0)
            {
                i++;
                continue;
            }

            var type = entry!.Type switch
            {
                EntityTypes.Organization => 1,
                EntityTypes.Geopolitical => 2,
                EntityTypes.Location => 3,
                _ => 4,
            };
            for (var k = i; k < i + length; k++)
            {
                tags[k] = (type * 2) + (k == i ? 0 : 1);
            }

            i += length;
        }

        return tags;
    }

    /// <summary>
    /// The number of tokens of the longest known name starting at <paramref name="first"/> within its sentence (0 for none),
    /// with its entry. The words are joined one at a time as <see cref="TokenText.TryJoin"/> joins them, and each join is
    /// looked up once: it may be a name, and unless a known name goes on from it the words after a space cannot extend one.
    /// </summary>
    private static int LongestKnownName(string text, ImmutableArray<Token> tokens, bool[] sentenceStart, int first, out GazetteerEntry? entry)
    {
        entry = null;
        if (!TokenText.IsCapitalised(text, tokens[first]) || !Gazetteer.FirstWordLookup.Contains(TokenText.Of(text, tokens[first])))
        {
            return 0;
        }

        var maxLength = 1;
        while (maxLength < Gazetteer.MaxWords && first + maxLength < tokens.Length && !sentenceStart[first + maxLength])
        {
            maxLength++;
        }

        Span<char> surface = stackalloc char[MaxKnownNameChars];
        var written = 0;
        var longest = 0;
        for (var length = 1; length <= maxLength; length++)
        {
            var k = first + length - 1;
            if (length > 1 && tokens[k].Start > tokens[k - 1].End)
            {
                if (written == surface.Length)
                {
                    break;
                }

                surface[written++] = ' ';
            }

            var word = TokenText.Of(text, tokens[k]);
            if (written + word.Length > surface.Length)
            {
                break;
            }

            word.CopyTo(surface[written..]);
            surface.Slice(written, word.Length).Replace('’', '\'');
            written += word.Length;
            var known = Gazetteer.PrefixLookup.TryGetValue(surface[..written], out var prefix);
            if (known && prefix.Entry is not null)
            {
                (longest, entry) = (length, prefix.Entry);
            }

            // The next word joins after a space: only a text some known name goes on from can grow into one.
            if (length < maxLength && tokens[k + 1].Start > tokens[k].End && !(known && prefix.Continues))
            {
                break;
            }
        }

        return longest;
    }
}
