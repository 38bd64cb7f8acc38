using System.Globalization;
using NewsTrace.Text;

namespace NewsTrace.Stories.Features;

/// <summary>
/// The content words of a text: word, number and abbreviation tokens, lower-cased, stop words removed, lightly
/// suffix-stripped, then folded to their transliteration key (<see cref="Entities.NameKey"/>), so the spellings of one
/// name ("Velichko"/"Velitchko", "Sergei"/"Sergey") are one term; the key is applied to every word alike, so a name
/// written once in lower case still meets itself. A word written with a capital letter where a sentence does not start is a <see cref="TermClass.Name"/>
/// (it names a person, place or organisation); numbers are <see cref="TermClass.Number"/>.
/// </summary>
public static class ContentTerms
{
    public static IReadOnlyDictionary<string, TermCount> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words(text);
    }

    /// <summary>
    /// <see cref="Extract(string)"/> plus the text's quotations as <see cref="TermClass.Quote"/> terms (<see cref="QuoteShingles"/>):
    /// what story clustering counts and persists. Quote terms never enter a term vector; they only give the shared-quote bonus.
    /// </summary>
    public static IReadOnlyDictionary<string, TermCount> ExtractWithQuotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = Words(text);
        QuoteShingles.AddTo(terms, text, QuoteShingles.Size);
        return terms;
    }

    private static Dictionary<string, TermCount> Words(string text)
    {
        var terms = new Dictionary<string, TermCount>(StringComparer.Ordinal);
        var sentenceStart = true;
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var span = text.AsSpan(token.Start, token.Length);
            if (text.AsSpan(previousEnd, token.Start - previousEnd).Contains('\n'))
            {
                sentenceStart = true;
            }

            previousEnd = token.End;
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Abbreviation:
                    AddWord(terms, span, isName: !sentenceStart && char.IsUpper(span[0]));
                    sentenceStart = false;
                    break;
                case TokenKind.Number:
                    AddNumber(terms, span);
                    sentenceStart = false;
                    break;
                case TokenKind.Punctuation:
                    sentenceStart = span[0] is '.' or '!' or '?' or ':' or '…';
                    break;
                case TokenKind.QuoteMark:
                    // An opening quote does not end a sentence start: `"Police said` begins with a capital for grammar's sake.
                    break;
                default:
                    sentenceStart = false;
                    break;
            }
        }

        return terms;
    }

    internal static void CountTerm(Dictionary<string, TermCount> terms, string term, TermClass termClass) => Count(terms, term, termClass);

    private static void AddWord(Dictionary<string, TermCount> terms, ReadOnlySpan<char> span, bool isName)
    {
        if (WordKey(span) is not { } term)
        {
            return;
        }

        Count(terms, term, IsCalendarWord(span) ? TermClass.Calendar : isName ? TermClass.Name : TermClass.Word);
    }

    /// <summary>The term a word or abbreviation token counts as, or null for a stop word, a lone initial or a word without letters.</summary>
    internal static string? WordKey(ReadOnlySpan<char> span)
    {
        var lower = span.ToString().ToLower(CultureInfo.InvariantCulture);
        if (lower.Length < 2 || StopWords.Contains(lower) || !lower.Any(char.IsLetter))
        {
            return null;
        }

        // "U.S." and "D.C." keep their dots (so "U.S." never meets the pronoun "us"); an initial "J." says nothing alone.
        if (lower.EndsWith('.') && lower.Length <= 2)
        {
            return null;
        }

        var term = lower.Contains('.', StringComparison.Ordinal) ? lower : Entities.NameKey.OfWord(SuffixStripper.Strip(lower));
        return StopWords.Contains(term) ? null : term;
    }

    /// <summary>
    /// A weekday or month name with its capital, written out ("Wednesday", "March") or abbreviated with its period
    /// ("Oct.", "Wed."); a bare three-letter form ("Jan", "Sun", "Sat") is as likely a name, and "May" never gets here
    /// (a stop word).
    /// </summary>
    private static bool IsCalendarWord(ReadOnlySpan<char> span)
    {
        var word = Time.TimeLexicon.Lookup(span);
        return (word.Kinds & (Time.TimeWordKinds.Month | Time.TimeWordKinds.Weekday)) != 0
            && char.IsUpper(span[0])
            && (span.Length >= 4 || span[^1] == '.');
    }

    private static void AddNumber(Dictionary<string, TermCount> terms, ReadOnlySpan<char> span)
    {
        // "1,000" and "1000" are one number; a lone digit is too common to identify an event.
        var digits = span.ToString().Replace(",", "", StringComparison.Ordinal);
        if (digits.Length < 2)
        {
            return;
        }

        Count(terms, digits, TermClass.Number);
    }

    private static void Count(Dictionary<string, TermCount> terms, string term, TermClass termClass)
    {
        if (terms.TryGetValue(term, out var existing))
        {
            // Once written as a name anywhere in the document, the term is a name in it; a calendar word stays one.
            var merged = existing.Class is TermClass.Name or TermClass.Calendar ? existing.Class
                : termClass is TermClass.Name or TermClass.Calendar ? termClass
                : existing.Class;
            terms[term] = new TermCount(existing.Count + 1, merged);
        }
        else
        {
            terms[term] = new TermCount(1, termClass);
        }
    }
}
