using System.Globalization;
using System.Text;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// Turns what a user types into the text of a <c>to_tsquery('simple', …)</c> call that can never be a syntax error.
/// Every term is emitted as a single-quoted operand, so tsquery operators (<c>&amp; | ! &lt;-&gt; ( )</c>), weights
/// (<c>:A</c>) and words like AND, OR or NOT in the input are searched for as text, never interpreted. Inside a quoted
/// operand PostgreSQL's own parser splits the text into words exactly as it does for the indexed text, and a quoted
/// operand that yields several words becomes a phrase (<c>&lt;-&gt;</c>), which is what a "quoted phrase" means.
/// </summary>
public static class TsQueryBuilder
{
    /// <summary>
    /// Plain words become operands, ANDed; <c>"double-quoted phrases"</c> stay phrases; a trailing <c>*</c> on a word
    /// or phrase asks for a prefix match (<c>:*</c>). Returns null when the input holds nothing searchable.
    /// </summary>
    public static string? Build(string userInput)
    {
        ArgumentNullException.ThrowIfNull(userInput);
        userInput = Sanitize(userInput);
        var terms = new List<string>();
        var position = 0;
        while (position < userInput.Length)
        {
            var current = userInput[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
                continue;
            }

            if (current == '"')
            {
                var close = userInput.IndexOf('"', position + 1);
                if (close < 0)
                {
                    // An unbalanced quote: drop it and read the rest as plain words.
                    position++;
                    continue;
                }

                var phrase = userInput[(position + 1)..close];
                position = close + 1;
                var phraseIsPrefix = position < userInput.Length && userInput[position] == '*';
                if (phraseIsPrefix)
                {
                    position++;
                }

                AddTerm(terms, phrase, phraseIsPrefix);
                continue;
            }

            var start = position;
            while (position < userInput.Length && !char.IsWhiteSpace(userInput[position]) && userInput[position] != '"')
            {
                position++;
            }

            var word = userInput[start..position];
            AddTerm(terms, word.TrimEnd('*'), word.EndsWith('*'));
        }

        return terms.Count == 0 ? null : string.Join(" & ", terms);
    }

    /// <summary>
    /// Control characters (PostgreSQL text cannot hold NUL) and unpaired surrogates (which cannot be sent as UTF-8)
    /// are never searchable, so they become plain separators.
    /// </summary>
    private static string Sanitize(string input)
        => string.Create(input.Length, input, static (target, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var current = source[index];
                var pairedHigh = char.IsHighSurrogate(current) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]);
                var pairedLow = char.IsLowSurrogate(current) && index > 0 && char.IsHighSurrogate(source[index - 1]);
                var unpaired = char.IsSurrogate(current) && !pairedHigh && !pairedLow;
                target[index] = char.IsControl(current) || unpaired ? ' ' : current;
            }
        });

    private static void AddTerm(List<string> terms, string text, bool prefix)
    {
        // An operand with no word characters yields no lexeme; PostgreSQL would drop it with a notice, so leave it out.
        if (!HasWordCharacter(text))
        {
            return;
        }

        // Inside a quoted tsquery operand a backslash escapes the next character and a quote is doubled.
        var quoted = "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
        terms.Add(prefix ? quoted + ":*" : quoted);
    }

    private static bool HasWordCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.OtherNumber:
                    return true;
                default:
                    continue;
            }
        }

        return false;
    }
}
