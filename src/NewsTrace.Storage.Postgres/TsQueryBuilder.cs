using System.Text;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// Turns what a user types into tsquery text (cast with <c>::tsquery</c>, no server-side parsing) that can never be
/// a syntax error: every operand is a quoted lexeme produced by <see cref="SearchWords"/>, the splitter the stored
/// vectors come from, so tsquery operators (<c>&amp; | ! &lt;-&gt; ( ) :</c>) and words like AND, OR or NOT in the
/// input are only ever separators or plain words.
/// </summary>
public static class TsQueryBuilder
{
    /// <summary>
    /// Plain words are ANDed; <c>"double-quoted phrases"</c> become phrases (<c>&lt;-&gt;</c>); a trailing <c>*</c> on a
    /// word or phrase makes its last word a prefix (<c>:*</c>). A typed word that splits into several (<c>e-mail</c>,
    /// <c>3.5</c>) is a phrase of its parts, as it is in the stored text. Returns null when nothing is searchable.
    /// </summary>
    public static string? Build(string userInput)
    {
        ArgumentNullException.ThrowIfNull(userInput);
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
            AddTerm(terms, word, word.EndsWith('*'));
        }

        return terms.Count == 0 ? null : string.Join(" & ", terms);
    }

    private static void AddTerm(List<string> terms, string text, bool prefix)
    {
        var words = SearchWords.Split(text);
        if (words.Count == 0)
        {
            // Nothing searchable (punctuation, symbols, emoji): leaving it out searches for what the user could mean.
            return;
        }

        var term = new StringBuilder();
        if (words.Count > 1)
        {
            term.Append('(');
        }

        for (var index = 0; index < words.Count; index++)
        {
            if (index > 0)
            {
                term.Append(" <-> ");
            }

            TsVectorBuilder.AppendQuoted(term, words[index]);
        }

        if (prefix)
        {
            term.Append(":*");
        }

        if (words.Count > 1)
        {
            term.Append(')');
        }

        terms.Add(term.ToString());
    }
}
