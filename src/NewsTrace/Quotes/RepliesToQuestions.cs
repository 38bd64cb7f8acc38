using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "“Is the secretary following them?” Pockett asked. / “That's what the inspector general is looking at,” he replied.": the
/// pronoun of a reply takes up the one who was asked, not the asker named just before. When a reply's pronoun went to the
/// speaker of the question right before it, the reply goes to the latest other speaker before the question whose gender
/// the pronoun does not contradict (the one answering the questions so far).
/// </summary>
internal static class RepliesToQuestions
{
    /// <summary>Quotes before the question searched for the one answering.</summary>
    private const int MaxQuotesBack = 6;

    private static readonly WordSet ReplyCues = FrozenSet.ToFrozenSet(
        ["replied", "replies", "responded", "responds", "answered", "answers", "retorted", "countered"], StringComparer.OrdinalIgnoreCase);

    public static void Give(QuoteContext context, List<Quotation> output, PersonGenders genders)
    {
        for (var q = 1; q < output.Count; q++)
        {
            var reply = output[q];
            var question = output[q - 1];
            if (reply.Cue is not { } cue || !ReplyCues.Contains(cue) || reply.SpeakerSpan is not { } pronounSpan || reply.SpeakerEntity is not { } taken
                || question.SpeakerEntity != taken || !question.Span.Of(context.Text).TrimEnd().EndsWith('?'))
            {
                continue;
            }

            var pronoun = pronounSpan.Of(context.Text);
            if (pronoun is not ("he" or "He" or "she" or "She"))
            {
                continue;
            }

            for (var p = q - 2; p >= Math.Max(0, q - 1 - MaxQuotesBack); p--)
            {
                if (output[p].SpeakerEntity is { } other && other != taken && !genders.Disagrees(other, pronoun))
                {
                    output[q] = reply with { Speaker = output[p].Speaker, SpeakerEntity = other };
                    break;
                }
            }
        }
    }
}
