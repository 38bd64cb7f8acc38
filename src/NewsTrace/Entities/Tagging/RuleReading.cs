using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// What the rule-based recogniser makes of a document, which the tagger reads as features and the finder merges with the
/// tagger's names: the rule candidates, the sentence-start marks and the feature extractor built from them.
/// </summary>
internal sealed class RuleReading
{
    public RuleReading(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        var recognizer = new EntityRecognizer(text, tokens, sentences);
        Candidates = recognizer.Recognize();
        SentenceStarts = recognizer.SentenceStarts;
        Extractor = new FeatureExtractor(text, tokens, SentenceStarts, Candidates);
        LowerCaseWords = recognizer.LowerCaseWordSet;
    }

    /// <summary>The words the document writes in lower case, built once for the rules and the passes after the tagger.</summary>
    public LowerCaseWordSet LowerCaseWords { get; }

    public List<NameCandidate> Candidates { get; }

    public IReadOnlyList<bool> SentenceStarts { get; }

    public FeatureExtractor Extractor { get; }

    /// <summary>The token ranges [from, to) tagged as one sequence: sentences (and lines), as names never cross them.</summary>
    public IEnumerable<(int From, int To)> Sequences()
    {
        var from = 0;
        for (var i = 1; i <= SentenceStarts.Count; i++)
        {
            if (i == SentenceStarts.Count || SentenceStarts[i])
            {
                yield return (from, i);
                from = i;
            }
        }
    }
}
