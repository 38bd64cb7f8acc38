using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "told CNN's Dana Hale on “State of the Union”", "the quiz program “Prize Night”": a programme's or a work's title in
/// quote marks, after "on" (or "on" and a network's possessive) or after the kind of work, is a title (CoNLL's
/// miscellaneous names, which NewsTrace does not mark); the places and bodies the tagger finds inside it are dropped. The
/// quote finder asks the same test, as such a title is no one's words either.
/// </summary>
internal static class QuotedTitles
{
    /// <summary>Longest title, in words.</summary>
    private const int MaxWords = 6;

    private static readonly WordSet WorkNouns = FrozenSet.ToFrozenSet(
    [
        "program", "programme", "show", "series", "podcast", "documentary", "film", "movie", "book", "memoir", "novel", "column",
        "segment", "newsletter", "magazine", "album", "song", "play", "musical", "sitcom", "broadcast",
    ], StringComparer.OrdinalIgnoreCase);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var open = 1; open < tokens.Length; open++)
        {
            if (tokens[open].Kind != TokenKind.QuoteMark || NextQuoteMark(tokens, open) is not (var close and > 0) || !IsTitle(text, tokens, open, close))
            {
                continue;
            }

            RemoveInside(merged, open, close);
            open = close;
        }
    }

    /// <summary>
    /// Drops the names strictly inside the marks. A loop rather than a RemoveAll lambda, whose closure over the pattern
    /// variable was allocated for every token of every document.
    /// </summary>
    private static void RemoveInside(List<NameCandidate> merged, int open, int close)
    {
        var kept = 0;
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (!(name.FirstToken > open && name.LastToken < close))
            {
                merged[kept++] = name;
            }
        }

        merged.RemoveRange(kept, merged.Count - kept);
    }

    /// <summary>
    /// True when the marks at <paramref name="open"/> and <paramref name="close"/> follow "on" (or "on" and a network's
    /// possessive) or a kind of work, and hold at most six words in title case, with at most a closing full stop or comma
    /// inside the marks (American style).
    /// </summary>
    internal static bool IsTitle(string text, ImmutableArray<Token> tokens, int open, int close)
    {
        var before = open - 1;
        if (before >= 2 && TokenText.Of(text, tokens[before]) is "'s" or "’s" && char.IsUpper(text[tokens[before - 1].Start]))
        {
            before -= 2;
        }

        if (before < 0 || !(TokenText.Is(text, tokens[before], "on") || WorkNouns.Contains(TokenText.Of(text, tokens[open - 1]))))
        {
            return false;
        }

        var words = 0;
        for (var k = open + 1; k < close; k++)
        {
            var word = TokenText.Of(text, tokens[k]);
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                if (k != close - 1 || word is not ("." or ","))
                {
                    return false;
                }

                continue;
            }

            words++;
            if (words > MaxWords || !(char.IsUpper(word[0]) || (word.Length <= 3 && k > open + 1)))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>The next quote mark within a title's reach after <paramref name="open"/>, or -1.</summary>
    private static int NextQuoteMark(ImmutableArray<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Length && k <= open + MaxWords + 2; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark)
            {
                return k;
            }
        }

        return -1;
    }
}
