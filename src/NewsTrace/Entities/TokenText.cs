using System.Collections.Immutable;
using System.Text;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>Small helpers over a document's tokens shared by entity and quote finding.</summary>
internal static class TokenText
{
    private const int StackJoinChars = 256;
    private const int StackLowerChars = 64;

    public static ReadOnlySpan<char> Of(string text, Token token) => text.AsSpan(token.Start, token.Length);

    /// <summary>True for a word or abbreviation that starts with an upper-case letter.</summary>
    public static bool IsCapitalised(string text, Token token)
        => token.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[token.Start]);

    /// <summary>True for a token of two or more letters, all upper case ("FRK", "NATO", "U.S.").</summary>
    public static bool IsAcronym(string text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in Of(text, token))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>True when only spaces or tabs (no line break) separate the two tokens.</summary>
    public static bool OnSameLine(string text, Token left, Token right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens' text with single spaces between them (none before a clitic "'s") and straight apostrophes.</summary>
    public static string Join(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        // The passes join a name for every lookup; most fit a stack buffer, so only the string itself is allocated.
        Span<char> buffer = stackalloc char[StackJoinChars];
        if (TryJoin(text, tokens, first, last, buffer, out var written))
        {
            return new string(buffer[..written]);
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].Start > tokens[i - 1].End)
            {
                builder.Append(' ');
            }

            builder.Append(Of(text, tokens[i]));
        }

        return builder.Replace('’', '\'').ToString();
    }

    public static bool TryJoin(string text, ImmutableArray<Token> tokens, int first, int last, Span<char> destination, out int written)
    {
        written = 0;
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].Start > tokens[i - 1].End)
            {
                if (written == destination.Length)
                {
                    return false;
                }

                destination[written++] = ' ';
            }

            var word = Of(text, tokens[i]);
            if (written + word.Length > destination.Length)
            {
                return false;
            }

            word.CopyTo(destination[written..]);
            destination.Slice(written, word.Length).Replace('’', '\'');
            written += word.Length;
        }

        return true;
    }

    /// <summary>A word with an ampersand inside ("P&amp;O", "AT&amp;T", "S&amp;P"): partners' initials, a firm's name, never a person's.</summary>
    public static bool IsAmpersandWord(ReadOnlySpan<char> word) => word.Length > 2 && word.IndexOf('&') is > 0 and var at && at < word.Length - 1;

    /// <summary>True when a token from first to last is an <see cref="IsAmpersandWord"/>.</summary>
    public static bool HasAmpersandWord(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (IsAmpersandWord(Of(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token lower-cased as <see cref="string.ToLowerInvariant()"/> would, in one allocation and without a call into ICU per char.</summary>
    public static string Lower(string text, Token token)
        => string.Create(token.Length, (text, token), static (lower, state) => Tagging.InvariantLower.Into(Of(state.text, state.token), lower));

    /// <summary>
    /// The token lower-cased into <paramref name="buffer"/> when it fits, else into a new string: the rules ask word lists
    /// about most capitalised tokens, and a string for each was much of what reading a document allocated.
    /// </summary>
    public static ReadOnlySpan<char> Lower(string text, Token token, Span<char> buffer)
    {
        if (token.Length > buffer.Length)
        {
            return Lower(text, token);
        }

        var lower = buffer[..token.Length];
        Tagging.InvariantLower.Into(Of(text, token), lower);
        return lower;
    }

    /// <summary>Whether <paramref name="word"/> is in <paramref name="words"/>, without making a string of it.</summary>
    public static bool In(WordSet words, ReadOnlySpan<char> word) => words.Contains(word);

    /// <summary>Whether the token, lower-cased, is in <paramref name="words"/> (a set of lower-case words), without allocating.</summary>
    public static bool LowerIn(WordSet words, string text, Token token)
    {
        Span<char> lower = stackalloc char[StackLowerChars];
        return TryLower(text, token, lower, out var length) ? words.Contains(lower[..length]) : words.Contains(Lower(text, token));
    }

    /// <summary>Whether the token, lower-cased, is in <paramref name="words"/> (the document's lower-case words), without allocating.</summary>
    public static bool LowerIn(LowerCaseWordSet words, string text, Token token)
    {
        Span<char> lower = stackalloc char[StackLowerChars];
        return TryLower(text, token, lower, out var length) ? words.Contains(lower[..length]) : words.Contains(Lower(text, token));
    }

    /// <summary>The token lower-cased into <paramref name="buffer"/>; false when it does not fit.</summary>
    private static bool TryLower(string text, Token token, Span<char> buffer, out int length)
    {
        length = token.Length;
        if (token.Length > buffer.Length)
        {
            return false;
        }

        Tagging.InvariantLower.Into(Of(text, token), buffer[..token.Length]);
        return true;
    }

    public static bool Is(string text, Token token, string word) => Of(text, token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
