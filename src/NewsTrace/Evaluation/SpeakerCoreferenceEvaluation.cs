using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// How well quotations' speakers resolve to the right entity on coreference-annotated text (GUM), by how the source is
/// written where the quote is attributed: a name, a pronoun or a description.
/// </summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Quotations">Quotations found in them.</param>
/// <param name="WithoutSource">Quotations with no speaker at all, not scored.</param>
/// <param name="Unaligned">Quotations whose source matches no gold person, organisation or place mention, not scored (most are not quotations, or the source was cut wrongly).</param>
/// <param name="ByWrittenKind">Scored quotations and those with the right speaker, per written kind (name, pronoun, description).</param>
/// <param name="Errors">One line per wrong speaker: document, source as written, gold names, speaker found, quote.</param>
/// <param name="UnalignedSources">One line per unaligned quotation.</param>
public sealed record SpeakerCoreferenceEvaluation(
    int Documents,
    int Quotations,
    int WithoutSource,
    int Unaligned,
    ImmutableSortedDictionary<string, (int Scored, int Correct)> ByWrittenKind,
    ImmutableArray<string> Errors,
    ImmutableArray<string> UnalignedSources)
{
    /// <summary>Quotations with a speaker but no source of their own (a quote paragraph continuing the one before), not scored.</summary>
    public int Inherited { get; init; }

    /// <summary>Scored quotations over all written kinds.</summary>
    public int Scored => ByWrittenKind.Values.Sum(counts => counts.Scored);

    /// <summary>Share of scored quotations whose speaker is right.</summary>
    public double Accuracy => Scored == 0 ? 0 : (double)ByWrittenKind.Values.Sum(counts => counts.Correct) / Scored;

    /// <summary>Accuracy over pronouns and descriptions only: the coreference proper (a written name mostly resolves to itself).</summary>
    public double ResolvedAccuracy
    {
        get
        {
            var scored = 0;
            var correct = 0;
            foreach (var (kind, counts) in ByWrittenKind)
            {
                if (kind != SpeakerCoreferenceEvaluator.WrittenName)
                {
                    scored += counts.Scored;
                    correct += counts.Correct;
                }
            }

            return scored == 0 ? 0 : (double)correct / scored;
        }
    }
}
