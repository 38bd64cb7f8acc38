using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores "he"/"she" resolution on GUM's coreference chains: every resolved pronoun that is a gold person mention whose
/// chain holds a name counts; it is right when the name found names that chain (<see cref="SpeakerCoreferenceEvaluator.Names"/>).
/// Pronouns whose chain has no name (an unnamed official) are not scored: the name they should take is not written.
/// </summary>
public static class PronounCoreferenceEvaluator
{
    public static CoreferenceScore Evaluate(IEnumerable<GumCoreferenceDocument> documents, Func<string, ImmutableArray<(TextSpan Pronoun, string? Name)>> resolve)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(resolve);
        int scored = 0, right = 0, unresolved = 0;
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var document in documents)
        {
            foreach (var (pronoun, name) in resolve(document.Text))
            {
                var mention = document.Mentions.FirstOrDefault(m => m.Start == pronoun.Start && m.End == pronoun.End && m.Type == "person" && m.Chain is not null);
                if (mention is null)
                {
                    continue;
                }

                var names = document.Mentions.Where(m => m.Chain == mention.Chain).Select(m => m.NameIn(document.Text)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (names.Count == 0)
                {
                    continue;
                }

                scored++;
                if (name is null)
                {
                    unresolved++;
                }

                if (name is not null && names.Exists(gold => SpeakerCoreferenceEvaluator.Names(gold, name)))
                {
                    right++;
                }
                else
                {
                    errors.Add($"{document.Id} \"{pronoun.Of(document.Text)}\" at {pronoun.Start}: gold {string.Join(" | ", names)}, found {name ?? "nobody"}");
                }
            }
        }

        return new CoreferenceScore(scored, right, unresolved, errors.ToImmutable());
    }
}
