using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;

namespace NewsTrace.Text;

/// <summary>
/// Splits text into sentences over its tokens. The sentences partition the text's non-whitespace content: they are
/// ordered, non-overlapping, trimmed of whitespace, and every non-whitespace character is in exactly one of them.
/// </summary>
/// <remarks>
/// <para>A boundary can only fall between two tokens, and each sentence runs from the end of the previous one to the
/// end of its last token (trimmed), so the partition holds by construction. The rules:</para>
/// <list type="bullet">
/// <item>A blank line always ends a sentence. A single line break ends one too (news text puts headlines, datelines, list items
/// and captions on their own lines), unless the line ends with a lowercase word or a comma and the next begins with a lowercase word.</item>
/// <item>".", "!", "?", "?!", "..." and "…" end a sentence when the next token does not start in lower case and is not ",", ";", ":"
/// or a closing bracket. Closing quotes and brackets right after the mark stay with the sentence they close
/// ('He said "yes." Then' splits after the quote; '"Yes," he said' and '"Yes!" he said' do not split).</item>
/// <item>Titles, months and Latin shorthands ("Mr.", "Gen.", "Sept.", "e.g.") never end a sentence. Other abbreviations
/// ("U.S.", "Inc.", "a.m.", initials) end one only before an opening quote or a capitalised function word ("The", "He", "In"),
/// so "U.S. officials" and "U.S. President" stay whole but "in the U.S. The next day" splits.</item>
/// <item>Decimals, dates and URLs are single tokens, so their periods never end a sentence; a dateline such as
/// "MOSCOW, Oct. 19 (Reuters) -" stays in the sentence it opens. A number and period that open a sentence ("1. Trade") number a list item.</item>
/// </list>
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Split(text, tokens.AsSpan());
    }

    /// <summary>Splits <paramref name="text"/> using its <paramref name="tokens"/> (as produced by <see cref="Tokenizer"/>).</summary>
    public static ImmutableArray<TextSpan> Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>(Math.Max(4, tokens.Length / 20));
        Split(text, tokens, sentences);
        return sentences.DrainToImmutable();
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TextSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var sentenceStart = 0;
        var firstToken = 0;
        var k = 0;
        while (k < tokens.Length - 1)
        {
            var last = k;
            if (IsTerminator(text, tokens[k], out var abbreviation) && !IsListMarker(text, tokens, firstToken, k))
            {
                last = AbsorbClosers(text, tokens, k);
                if (last == tokens.Length - 1)
                {
                    break;
                }

                if (LineBreaksBetween(text, tokens[last], tokens[last + 1]) == 0 && StartsSentence(text, tokens, k, last, abbreviation))
                {
                    sentenceStart = Emit(text, sentenceStart, tokens[last].End, destination);
                    k = firstToken = last + 1;
                    continue;
                }
            }

            var breaks = LineBreaksBetween(text, tokens[last], tokens[last + 1]);
            if (breaks >= 2 || (breaks == 1 && !ContinuesOnNextLine(text, tokens[last], tokens[last + 1])))
            {
                sentenceStart = Emit(text, sentenceStart, tokens[last].End, destination);
                firstToken = last + 1;
            }

            k = last + 1;
        }

        Emit(text, sentenceStart, text.Length, destination);
    }

    /// <summary>Adds the trimmed [start, end) when it is not blank, and returns where the next sentence starts.</summary>
    private static int Emit(ReadOnlySpan<char> text, int start, int end, ICollection<TextSpan> destination)
    {
        var from = start;
        var to = end;
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            destination.Add(new TextSpan(from, to));
        }

        return end;
    }

    /// <summary>True for sentence-final punctuation, and for abbreviations that may end a sentence (reported in <paramref name="abbreviation"/>).</summary>
    private static bool IsTerminator(ReadOnlySpan<char> text, Token token, out bool abbreviation)
    {
        abbreviation = false;
        var span = text[token.Start..token.End];
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                if (span[0] is '.' or '…' && IsOmissionMarker(text, token))
                {
                    return false;
                }

                foreach (var c in span)
                {
                    if (c is not ('.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟'))
                    {
                        return false;
                    }
                }

                return true;
            case TokenKind.Abbreviation:
                abbreviation = true;
                return span[^1] == '.' && Abbreviations.Classify(span) == AbbreviationKind.MayEndSentence;
            default:
                return false;
        }
    }

    /// <summary>"[...]" and "(…)" mark words left out of a quotation, not the end of a sentence.</summary>
    private static bool IsOmissionMarker(ReadOnlySpan<char> text, Token ellipsis)
        => ellipsis.Start > 0 && text[ellipsis.Start - 1] is '[' or '(' && ellipsis.End < text.Length && text[ellipsis.End] is ']' or ')';

    /// <summary>"1." opening a sentence numbers a list item; its period does not end anything.</summary>
    private static bool IsListMarker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstToken, int k)
        => k == firstToken + 1 && tokens[firstToken].Kind == TokenKind.Number && tokens[firstToken].End == tokens[k].Start
            && tokens[k].Length == 1 && text[tokens[k].Start] == '.';

    /// <summary>
    /// From the terminator at <paramref name="k"/>, the index of the last token that still belongs to its sentence: closing quotes
    /// and brackets, and further terminators, written right after it ('."', '?)', '!»'), or a closing quote set off by a space
    /// as French typography does ("Oui. »").
    /// </summary>
    private static int AbsorbClosers(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var last = k;
        while (last + 1 < tokens.Length)
        {
            var next = tokens[last + 1];
            var adjacent = next.Start == tokens[last].End;
            var c = text[next.Start];
            var closes = next.Kind switch
            {
                TokenKind.QuoteMark => adjacent
                    ? c is not ('„' or '‚')
                    : c is '”' or '»' or '›' && LineBreaksBetween(text, tokens[last], next) == 0 && !CharClasses.IsWordAt(text, next.End),
                TokenKind.Punctuation => adjacent && (c is ')' or ']' or '}' || IsTerminator(text, next, out _)),
                _ => false,
            };

            if (!closes)
            {
                return last;
            }

            last++;
        }

        return last;
    }

    /// <summary>Whether the token after the terminator (and its closers) begins a new sentence.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminator, int last, bool abbreviation)
    {
        var next = tokens[last + 1];
        var nextText = text[next.Start..next.End];
        var adjacent = next.Start == tokens[last].End;
        if (abbreviation)
        {
            return !adjacent && (IsOpeningQuote(next, nextText) || (next.Kind == TokenKind.Word && SentenceStarters.Contains(nextText)));
        }

        if (adjacent)
        {
            // "said.The": a missing space in scraped text, not ".NET" or "3.5".
            return last == terminator && terminator > 0 && text[tokens[terminator].Start] != '…' && next.Kind == TokenKind.Word
                && IsUpper(nextText) && tokens[terminator - 1].Kind == TokenKind.Word && tokens[terminator - 1].End == tokens[terminator].Start
                && char.IsLower(text[tokens[terminator - 1].End - 1]);
        }

        return next.Kind switch
        {
            TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number => !char.IsLower(nextText[0]),
            TokenKind.QuoteMark or TokenKind.Url or TokenKind.Email => true,
            TokenKind.Symbol => char.GetUnicodeCategory(nextText[0]) == UnicodeCategory.CurrencySymbol || nextText[0] is '#' or '№' or '§',
            TokenKind.Punctuation => nextText[0] is '(' or '[' or '-' or '–' or '—' or '¿' or '¡' or '•' or '·',
            _ => false,
        };
    }

    private static bool IsOpeningQuote(Token token, ReadOnlySpan<char> tokenText)
        => token.Kind == TokenKind.QuoteMark && tokenText[0] is '"' or '“' or '„' or '«' or '‘' or '\'' or '‹' or '‚' or '»';

    private static bool IsUpper(ReadOnlySpan<char> word) => (CharClasses.Of(word[0]) & CharClass.Upper) != 0;

    /// <summary>A line that ends mid-sentence: a lowercase word or comma, followed by a line starting with a lowercase word.</summary>
    private static bool ContinuesOnNextLine(ReadOnlySpan<char> text, Token last, Token next)
    {
        var endsOpen = (last.Kind == TokenKind.Word && char.IsLower(text[last.Start])) || (last.Kind == TokenKind.Punctuation && text[last.Start] == ',');
        return endsOpen && next.Kind == TokenKind.Word && char.IsLower(text[next.Start]);
    }

    /// <summary>Line breaks in the gap between two tokens: 0, 1, or 2 for a blank line or more (a paragraph break).</summary>
    private static int LineBreaksBetween(ReadOnlySpan<char> text, Token before, Token after)
    {
        var breaks = 0;
        for (var i = before.End; i < after.Start; i++)
        {
            switch (text[i])
            {
                case '\r':
                    if (i + 1 < after.Start && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    breaks++;
                    break;
                case '\n':
                case '\v':
                case '\u0085':
                case '\u2028':
                    breaks++;
                    break;
                case '\f':
                case '\u2029':
                    breaks += 2;
                    break;
                default:
                    break;
            }
        }

        return Math.Min(breaks, 2);
    }
}
