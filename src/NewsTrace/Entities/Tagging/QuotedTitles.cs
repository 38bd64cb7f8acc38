using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "told CNN's Dana Hale on “State of the Union”", "the quiz program “Prize Night”": a programme's or a work's title in
/// quote marks, after "on" (or "on" and a network's possessive) or after the kind of work, is a title (CoNLL's
/// miscellaneous names, which NewsTrace does not mark); the places and bodies the tagger finds inside it are dropped.
/// </summary>
internal static class QuotedTitles
{
    private const int MaxWords = 6;

    private static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
    [
        "program", "programme", "show", "series", "podcast", "documentary", "film", "movie", "book", "memoir", "novel", "column",
        "segment", "newsletter", "magazine", "album", "song", "play", "musical", "sitcom", "broadcast",
    ], StringComparer.OrdinalIgnoreCase);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var open = 1; open < tokens.Length; open++)
        {
            if (tokens[open].Kind != TokenKind.QuoteMark || !IsTitleLead(text, tokens, open - 1) || TitleClose(text, tokens, open) is not (var close and > 0))
            {
                continue;
            }

            merged.RemoveAll(name => name.FirstToken > open && name.LastToken < close);
            open = close;
        }
    }

    /// <summary>"on", "on CNN's", or a kind of work, right before the opening mark.</summary>
    private static bool IsTitleLead(string text, ImmutableArray<Token> tokens, int before)
    {
        if (before >= 2 && TokenText.Of(text, tokens[before]) is "'s" or "’s" && char.IsUpper(text[tokens[before - 1].Start]))
        {
            before -= 2;
        }

        return TokenText.Is(text, tokens[before], "on") || IsWorkNoun(TokenText.Of(text, tokens[before]));
    }

    /// <summary>A kind of work whose title follows it in quote marks ("program", "memoir", "song"); the quote finder asks it too.</summary>
    internal static bool IsWorkNoun(ReadOnlySpan<char> word) => WorkNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The closing mark of a title-case title of at most six words (a closing full stop or comma allowed), or -1.</summary>
    private static int TitleClose(string text, ImmutableArray<Token> tokens, int open)
    {
        var words = 0;
        for (var k = open + 1; k < tokens.Length && k <= open + MaxWords + 2; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark)
            {
                return words > 0 ? k : -1;
            }

            var word = TokenText.Of(text, tokens[k]);
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                if (!(word is "." or "," && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.QuoteMark))
                {
                    return -1;
                }

                continue;
            }

            words++;
            if (words > MaxWords || !(char.IsUpper(word[0]) || (word.Length <= 3 && words > 1)))
            {
                return -1;
            }
        }

        return -1;
    }
}
