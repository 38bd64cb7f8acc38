using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>
/// Sentence-level edits a rewriter makes: thesaurus swaps, changed voice (active to passive, attribution moved to the
/// other end of the sentence), and sentences split at a conjunction or merged with their neighbour. Every choice comes
/// from the <see cref="Random"/> it is given, so a seed fixes the output.
/// </summary>
internal static partial class TextRewriter
{
    private static readonly HashSet<string> LowerableStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "Its", "His", "Her", "Their", "This", "That", "These", "Those",
        "Both", "Some", "Many", "Most", "No", "Two", "Three", "Several", "Hundreds", "Farmers", "Residents", "Villagers",
    };

    /// <summary>Replaces each word that has an alternative with probability <paramref name="rate"/>, keeping its capital.</summary>
    public static string SwapWords(string sentence, double rate, Random random)
    {
        return WordPattern().Replace(sentence, match =>
        {
            var word = match.Value;
            var lower = word.ToLower(CultureInfo.InvariantCulture);
            if (!RewriteVocabulary.Alternatives.TryGetValue(lower, out var alternatives) || random.NextDouble() >= rate)
            {
                return word;
            }

            var replacement = alternatives[random.Next(alternatives.Length)];
            return char.IsUpper(word[0]) ? Capitalize(replacement) : replacement;
        });
    }

    /// <summary>Moves the attribution or turns an active clause passive, when the sentence has a shape that allows it.</summary>
    public static string ChangeVoice(string sentence)
    {
        var quoteFirst = QuoteThenSpeaker().Match(sentence);
        if (quoteFirst.Success)
        {
            return $"{quoteFirst.Groups["who"].Value} said: \"{quoteFirst.Groups["quote"].Value}.\"";
        }

        var speakerLast = ClauseThenSpeaker().Match(sentence);
        if (speakerLast.Success)
        {
            return $"{speakerLast.Groups["who"].Value} said that {Lower(speakerLast.Groups["clause"].Value)}.";
        }

        var speakerFirst = SpeakerThenClause().Match(sentence);
        if (speakerFirst.Success)
        {
            return $"{Capitalize(speakerFirst.Groups["rest"].Value)}, {speakerFirst.Groups["who"].Value} said.";
        }

        var active = ActiveClause().Match(sentence);
        if (active.Success)
        {
            var agent = Lower(active.Groups["agent"].Value);
            var tail = sentence[(active.Index + active.Length)..];
            return $"{Capitalize(active.Groups["object"].Value)} was {active.Groups["verb"].Value} by {agent}{tail}";
        }

        return sentence;
    }

    /// <summary>Moves the last comma-separated clause to the front ("A, B." becomes "B, a."), when both are long enough.</summary>
    public static string SwapClauses(string sentence)
    {
        var body = sentence.TrimEnd();
        var end = body.Length > 0 && body[^1] is '.' or '!' or '?' ? body[^1].ToString() : "";
        body = body[..^end.Length];
        var comma = body.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 15 || comma > body.Length - 15 || body.Contains('"', StringComparison.Ordinal) || body.Contains('“', StringComparison.Ordinal))
        {
            return sentence;
        }

        return $"{Capitalize(body[(comma + 2)..])}, {Lower(body[..comma])}{end}";
    }

    /// <summary>Drops articles and -ly adverbs with probability <paramref name="rate"/>, as terse rewrites and spinners do.</summary>
    public static string DropWords(string sentence, double rate, Random random)
    {
        var dropped = DroppableWord().Replace(sentence, match => random.NextDouble() < rate ? "" : match.Value);
        return Capitalize(dropped.TrimStart());
    }

    /// <summary>Splits at ", and " or ", but " into two sentences; null when there is no such joint.</summary>
    public static (string First, string Second)? Split(string sentence)
    {
        foreach (var joint in new[] { ", and ", ", but ", ", while " })
        {
            var at = sentence.IndexOf(joint, StringComparison.Ordinal);
            if (at > 20 && at < sentence.Length - 25)
            {
                var second = sentence[(at + joint.Length)..];
                var lead = joint == ", but " ? "But " : joint == ", while " ? "Meanwhile, " : "";
                return (sentence[..at] + ".", lead + (lead.Length > 0 ? second : Capitalize(second)));
            }
        }

        return null;
    }

    /// <summary>Joins two sentences into one with "and".</summary>
    public static string Merge(string first, string second)
    {
        var head = first.TrimEnd();
        if (head.EndsWith('.'))
        {
            head = head[..^1];
        }

        return $"{head}, and {Lower(second)}";
    }

    private static string Capitalize(string text)
        => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Lower-cases the first word only when it is a common word: names keep their capital.</summary>
    private static string Lower(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        return LowerableStarts.Contains(first) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    internal static string Join(IEnumerable<string> sentences)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var sentence in sentences)
        {
            // Paragraphs of two or three sentences, as news copy is laid out.
            builder.Append(count == 0 ? "" : count % 3 == 0 ? "\n\n" : " ");
            builder.Append(sentence);
            count++;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|\w{3,}ly) (?=\w)")]
    private static partial Regex DroppableWord();

    [GeneratedRegex(@"[\p{L}][\p{L}']*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("^[\"“](?<quote>[^\"”]+?),[\"”] (?<who>[^,.]{3,60}?) said\\.$")]
    private static partial Regex QuoteThenSpeaker();

    [GeneratedRegex("^(?<clause>[^\"“”]{20,}?), (?<who>(?:[A-Z][\\w.'’-]*\\s?){1,4}) said\\.$")]
    private static partial Regex ClauseThenSpeaker();

    [GeneratedRegex("^(?<who>(?:[A-Z][\\w.'’-]*\\s?){1,4}) said (?:that )?(?<rest>[^\"“”]{20,})\\.$")]
    private static partial Regex SpeakerThenClause();

    [GeneratedRegex(@"^(?<agent>The [\w ]{3,40}?|(?:[A-Z][\w]+ ?){1,3}) (?<verb>approved|signed|announced|opened|closed|rejected|developed|destroyed|offered|invited|fined|recorded|welcomed|evacuated|sent|ordered|built) (?<object>(?:the|a|an|its|their|his|her) [^,.;]+)")]
    private static partial Regex ActiveClause();
}
