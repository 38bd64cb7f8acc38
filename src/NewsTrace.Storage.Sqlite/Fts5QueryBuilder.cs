using System.Globalization;
using System.Text;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 MATCH expression that can never be a syntax error.
/// Every term is emitted as a double-quoted FTS5 string, so operators (AND, OR, NOT, NEAR), parentheses,
/// column filters (<c>title:</c>), <c>^</c> and <c>-</c> in the input are searched for as text, never interpreted.
/// </summary>
public static class Fts5QueryBuilder
{
    /// <summary>
    /// Plain words become quoted terms, ANDed; <c>"double-quoted phrases"</c> stay phrases; a trailing <c>*</c>
    /// on a word or phrase asks for a prefix match. Returns null when the input holds nothing searchable
    /// (only punctuation, symbols or emoji, which the unicode61 tokenizer drops).
    /// </summary>
    public static string? Build(string userInput)
    {
        ArgumentNullException.ThrowIfNull(userInput);

        // FTS5 reads its expression as a C string, so a NUL would cut a quoted term short ("unterminated string");
        // control characters are never searchable, so they all become plain separators.
        userInput = string.Create(userInput.Length, userInput, static (target, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                target[index] = char.IsControl(source[index]) ? ' ' : source[index];
            }
        });
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
            var wordIsPrefix = word.EndsWith('*');
            AddTerm(terms, word.TrimEnd('*'), wordIsPrefix);
        }

        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    private static void AddTerm(List<string> terms, string text, bool prefix)
    {
        // A quoted string with no token characters is an empty phrase, which matches nothing and would
        // make the whole AND match nothing; leaving it out searches for what the user could mean.
        if (!HasTokenCharacter(text))
        {
            return;
        }

        var quoted = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        terms.Add(prefix ? quoted + " *" : quoted);
    }

    /// <summary>The unicode61 tokenizer keeps letters, numbers and private-use characters; everything else separates tokens.</summary>
    private static bool HasTokenCharacter(string text)
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
                case UnicodeCategory.PrivateUse:
                    return true;
                default:
                    continue;
            }
        }

        return false;
    }
}
