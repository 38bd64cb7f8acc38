using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores definite descriptions of people ("the minister", "the Russian diplomat") on GUM's chains, as if each stood
/// where a speaker does: every gold person mention that is "the" and one to four lower-case words, whose chain has a name
/// written before it, is resolved by the resolver given; it is right when the name found names the chain
/// (<see cref="SpeakerCoreferenceEvaluator.Names"/>), unresolved when nothing or only the description comes back.
/// </summary>
public static class DescriptionCoreferenceEvaluator
{
    private const int MaxWords = 5;

    public static CoreferenceScore Evaluate(IEnumerable<GumCoreferenceDocument> documents, Func<string, IReadOnlyList<TextSpan>, ImmutableArray<string?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(resolve);
        int scored = 0, right = 0, unresolved = 0;
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var document in documents)
        {
            var text = document.Text;
            var descriptions = new List<(GumMention Mention, List<string> Names)>();
            foreach (var mention in document.Mentions)
            {
                if (mention.Type != "person" || mention.Named || mention.Kind != "nominal" || mention.Chain is null || !IsDefiniteDescription(text[mention.Start..mention.End]))
                {
                    continue;
                }

                var names = document.Mentions.Where(m => m.Chain == mention.Chain && m.End <= mention.Start).Select(m => m.NameIn(text)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (names.Count > 0)
                {
                    descriptions.Add((mention, names));
                }
            }

            if (descriptions.Count == 0)
            {
                continue;
            }

            var found = resolve(text, [.. descriptions.Select(d => new TextSpan(d.Mention.Start, d.Mention.End))]);
            for (var i = 0; i < descriptions.Count; i++)
            {
                var (mention, names) = descriptions[i];
                var written = text[mention.Start..mention.End];
                var name = found[i];
                scored++;
                if (name is null || written.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    unresolved++;
                    errors.Add($"{document.Id} \"{written}\" at {mention.Start}: gold {string.Join(" | ", names)}, found nobody");
                }
                else if (names.Exists(gold => SpeakerCoreferenceEvaluator.Names(gold, name)))
                {
                    right++;
                }
                else
                {
                    errors.Add($"{document.Id} \"{written}\" at {mention.Start}: gold {string.Join(" | ", names)}, found {name}");
                }
            }
        }

        return new CoreferenceScore(scored, right, unresolved, errors.ToImmutable());
    }

    /// <summary>"the minister", "the Russian diplomat": "the" and one to four words, the last in lower case.</summary>
    private static bool IsDefiniteDescription(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxWords && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
               && words[^1].All(char.IsLower);
    }
}
