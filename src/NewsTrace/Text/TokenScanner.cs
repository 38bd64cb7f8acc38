using System.Runtime.CompilerServices;

namespace NewsTrace.Text;

/// <summary>
/// Reads one token at a time from a span. This is the tokenizer's hot loop: no allocation, no regex, no LINQ,
/// and a table look-up per character. The rules are documented on <see cref="Tokenizer"/>.
/// </summary>
internal static partial class TokenScanner
{
    /// <summary>Reads the token at or after <paramref name="position"/> and moves <paramref name="position"/> past it.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, ref int position, out Token token)
    {
        var i = position;
        CharClass cls;
        int width;
        while (true)
        {
            if ((uint)i >= (uint)text.Length)
            {
                position = text.Length;
                token = default;
                return false;
            }

            cls = CharClasses.At(text, i, out width);
            if (cls != CharClass.Skip)
            {
                break;
            }

            i += width;
        }

        if ((cls & CharClass.Word) != 0)
        {
            token = ReadWordLike(text, i, cls);
        }
        else if (cls == CharClass.QuoteMark)
        {
            token = ReadQuoteMark(text, i);
        }
        else if (cls == CharClass.Punctuation)
        {
            token = ReadPunctuation(text, i, width);
        }
        else
        {
            token = new Token(i, ReadSymbolEnd(text, i, i + width), TokenKind.Symbol);
        }

        position = token.End;
        return true;
    }

    /// <summary>The end of the run of word characters (letters, digits, marks, in-word joiners) starting at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWordRun(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length)
        {
            var c = text[i];
            if (c < CharClasses.TableSize)
            {
                if ((CharClasses.Of(c) & CharClass.Word) != 0)
                {
                    i++;
                    continue;
                }

                if (c != '\u00AD')
                {
                    break;
                }
            }

            i = ScanWordRunSlow(text, i, out var stop);
            if (stop)
            {
                break;
            }
        }

        return i;
    }

    /// <summary>One step of <see cref="ScanWordRun"/> for a character outside the table: surrogate pairs and joiners.</summary>
    private static int ScanWordRunSlow(ReadOnlySpan<char> text, int i, out bool stop)
    {
        var cls = CharClasses.At(text, i, out var width);
        if ((cls & CharClass.Word) != 0)
        {
            stop = false;
            return i + width;
        }

        // A joiner stays inside a word only when the word goes on after it, so a token never ends in one.
        stop = !(CharClasses.IsWordJoiner(text[i]) && CharClasses.IsWordAt(text, i + 1));
        return stop ? i : i + 1;
    }

    private static Token ReadWordLike(ReadOnlySpan<char> text, int start, CharClass first)
    {
        if (MayStartUrl(text, start) && TryScanUrl(text, start, out var urlEnd))
        {
            return new Token(start, urlEnd, TokenKind.Url);
        }

        var end = ScanWordRun(text, start);
        if (end >= text.Length || text[end] == ' ')
        {
            // Most words end at a space: nothing below could extend them.
            return new Token(start, end, (first & CharClass.Digit) != 0 ? TokenKind.Number : TokenKind.Word);
        }

        var next = text[end];
        if (EmailContinuations.Contains(next) && TryScanEmail(text, start, out var emailEnd))
        {
            return new Token(start, emailEnd, TokenKind.Email);
        }

        if (next == '.' && (first & CharClass.Letter) != 0)
        {
            var abbreviationEnd = ScanAbbreviation(text, start, end);
            if (abbreviationEnd > 0)
            {
                return new Token(start, abbreviationEnd, TokenKind.Abbreviation);
            }

            var domainEnd = ScanBareDomain(text, end);
            if (domainEnd > 0)
            {
                return new Token(start, domainEnd, TokenKind.Url);
            }
        }

        var joined = false;
        while (end < text.Length)
        {
            next = text[end];
            if (next is '-' or '\u2010' or '\u2011')
            {
                if (!CharClasses.IsWordAt(text, end + 1))
                {
                    break;
                }

                if (char.IsAsciiDigit(text[end - 1]) && char.IsAsciiDigit(text[end + 1]))
                {
                    // "2024-2025" and "3-2" are ranges and scores: number, dash, number. An ISO date stays whole.
                    if (IsIsoDateTail(text, start, end))
                    {
                        end += 6;
                        continue;
                    }

                    break;
                }

                joined = true;
                end = ScanWordRun(text, end + 1);
            }
            else if (next is '\'' or '’')
            {
                // "O'Brien", "don't", "aujourd'hui" stay whole; the possessive "'s" becomes its own token.
                if (!CharClasses.IsLetterAt(text, end - 1) || !CharClasses.IsLetterAt(text, end + 1) || IsPossessive(text, end))
                {
                    break;
                }

                joined = true;
                end = ScanWordRun(text, end + 1);
            }
            else if (next == '&' && char.IsAsciiLetterUpper(text[end - 1]) && end + 1 < text.Length && char.IsAsciiLetterUpper(text[end + 1]))
            {
                // "AT&T", "S&P", "M&A": one name, not a conjunction.
                joined = true;
                end = ScanWordRun(text, end + 1);
            }
            else if (next is ',' or '.' or '/' or ':' && char.IsAsciiDigit(text[end - 1]) && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                // "1,000", "3.5", "1.000,5", "9/13/2023", "10:30".
                end = ScanWordRun(text, end + 1);
            }
            else
            {
                break;
            }
        }

        // "D-N.M.", "R-N.Y.", "anti-U.S.": a hyphenated word whose last part is a dotted initialism keeps it whole, as
        // "U.S." alone does; split, the party tag "(D-N.M.)" read as "D-N", ".", "M." and a sentence ended inside it.
        if (joined && end < text.Length && text[end] == '.' && end - start >= 3 && text[end - 2] is '-' or '\u2010' or '\u2011'
            && char.IsUpper(text[end - 1]) && ScanDottedLetters(text, end) is > 0 and var dotted)
        {
            return new Token(start, dotted, TokenKind.Abbreviation);
        }

        var kind = (first & CharClass.Digit) != 0 && !joined ? TokenKind.Number : TokenKind.Word;
        return new Token(start, end, kind);
    }

    /// <summary>True when the apostrophe at <paramref name="at"/> starts a possessive or "is" clitic: "'s" followed by no letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessive(ReadOnlySpan<char> text, int at)
        => at + 1 < text.Length && text[at + 1] is 's' or 'S' && !CharClasses.IsWordAt(text, at + 2);

    /// <summary>With "dddd" at [start, hyphen), true when "-dd-dd" follows and ends the number.</summary>
    private static bool IsIsoDateTail(ReadOnlySpan<char> text, int start, int hyphen)
    {
        if (hyphen - start != 4 || hyphen + 6 > text.Length)
        {
            return false;
        }

        var tail = text.Slice(hyphen, 6);
        return char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
            && tail[0] == '-' && char.IsAsciiDigit(tail[1]) && char.IsAsciiDigit(tail[2])
            && tail[3] == '-' && char.IsAsciiDigit(tail[4]) && char.IsAsciiDigit(tail[5])
            && !CharClasses.IsWordAt(text, hyphen + 6);
    }

    /// <summary>
    /// With a letter run at [start, end) followed by a period, returns the end of the abbreviation it begins, or 0.
    /// Abbreviations are dotted single letters ("U.S.", "e.g.", "т.е."), capital initials ("J."), and listed words ("Gen.").
    /// </summary>
    private static int ScanAbbreviation(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start == 1)
        {
            var dotted = ScanDottedLetters(text, end);
            if (dotted > 0)
            {
                return dotted;
            }

            if ((CharClasses.Of(text[start]) & CharClass.Upper) != 0)
            {
                return end + 1;
            }
        }

        var kind = Abbreviations.Lookup(text[start..end]);
        if (kind == AbbreviationKind.None || (kind == AbbreviationKind.BeforeNumber && !NumberFollows(text, end + 1)))
        {
            return 0;
        }

        // "Ph." + "D." = "Ph.D."
        var result = end + 1;
        while (result + 1 < text.Length && CharClasses.IsLetterAt(text, result) && text[result + 1] == '.'
            && (CharClasses.Of(text[result]) & CharClass.Upper) != 0)
        {
            result += 2;
        }

        return result;
    }

    /// <summary>
    /// With a single letter before the period at <paramref name="dot"/>, the end of a run of single letters joined by
    /// periods ("U.S.", "a.m.", "U.S" without the final period), or 0 when fewer than two letters are so joined.
    /// </summary>
    private static int ScanDottedLetters(ReadOnlySpan<char> text, int dot)
    {
        var letters = 1;
        var end = 0;
        while (true)
        {
            var letter = dot + 1;
            if (!CharClasses.IsLetterAt(text, letter) || char.IsSurrogate(text[letter]) || CharClasses.IsWordAt(text, letter + 1))
            {
                break;
            }

            letters++;
            if (letter + 1 < text.Length && text[letter + 1] == '.')
            {
                dot = letter + 1;
                end = dot + 1;
                continue;
            }

            end = letter + 1;
            break;
        }

        return letters >= 2 ? end : 0;
    }

    private static bool NumberFollows(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\t')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static Token ReadQuoteMark(ReadOnlySpan<char> text, int i)
    {
        // After a word, "'s" is the possessive or "is" clitic split from "Lavrov's"; it is a word, not a quote. Text
        // distributed already tokenised writes it apart ("Moody 's"): a lower-case "'s" after a word and one space is it too.
        if (text[i] is '\'' or '’' && i > 0 && IsPossessive(text, i)
            && (CharClasses.IsWordAt(text, i - 1) || (i > 1 && text[i - 1] == ' ' && text[i + 1] == 's' && CharClasses.IsWordAt(text, i - 2))))
        {
            return new Token(i, i + 2, TokenKind.Word);
        }

        return new Token(i, i + 1, TokenKind.QuoteMark);
    }

    private static Token ReadPunctuation(ReadOnlySpan<char> text, int i, int width)
    {
        var c = text[i];
        var end = i + width;
        if (c is '.' or '-')
        {
            // "..." is one ellipsis and "--" one dash, not a run of separate marks.
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
        }
        else if (c is '?' or '!')
        {
            // "?!" and "!!!" end one sentence together.
            while (end < text.Length && text[end] is '?' or '!')
            {
                end++;
            }
        }

        return new Token(i, end, TokenKind.Punctuation);
    }

    /// <summary>True when a regional indicator letter (U+1F1E6..U+1F1FF, half of a flag) starts at <paramref name="i"/>.</summary>
    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int i)
        => i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>Extends a symbol over the variation selectors, keycaps, skin tones and joined parts of one emoji.</summary>
    private static int ReadSymbolEnd(ReadOnlySpan<char> text, int start, int end)
    {
        if (IsRegionalIndicator(text, start) && IsRegionalIndicator(text, end))
        {
            // Two regional indicators make one flag ("🇺🇸"); a third starts the next flag.
            end += 2;
        }

        while (end < text.Length)
        {
            var c = text[end];
            if (c is >= '\uFE00' and <= '\uFE0F' or '\u20E3')
            {
                end++;
            }
            else if (c == '\uD83C' && end + 1 < text.Length && text[end + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                end += 2;
            }
            else if (c == '\u200D' && end + 1 < text.Length && CharClasses.At(text, end + 1, out var width) == CharClass.Symbol)
            {
                end += 1 + width;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
