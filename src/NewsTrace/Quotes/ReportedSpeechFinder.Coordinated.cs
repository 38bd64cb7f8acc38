using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Coordinated that-clauses ("said X and that Y"): a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>
    /// Adds the reported clause from <paramref name="first"/> to <paramref name="last"/>, one entry per coordinated
    /// that-clause: "said the vote would deepen anger and that the government had ignored workers" reports two claims,
    /// which other outlets may carry one at a time, so each is compared and grouped on its own.
    /// </summary>
    private void AddReported(List<Quotation> output, int first, int last, Attribution speaker, int cue)
    {
        for (var k = first + 3; k <= last - 3; k++)
        {
            // "and that was why he stayed": "that" before a verb is a pronoun, not the conjunction of a second clause.
            if (!context.Is(k, "that") || context.Word(k - 1) is not ("and" or "but" or "or") || FiniteVerbs.Contains(context.Word(k + 1).ToString())
                || context.Tokens[k + 1].Kind == TokenKind.Punctuation || InsideQuoteMarks(first, k) || HoldsCue(first, k))
            {
                continue;
            }

            var firstEnd = context.IsPunctuation(k - 2, ",") ? k - 3 : k - 2;
            if (firstEnd - first >= 2)
            {
                output.Add(Reported(first, firstEnd, speaker, cue));
                first = k + 1;
            }
        }

        output.Add(Reported(first, last, speaker, cue));
    }

    /// <summary>
    /// Whether a verb of saying and its "that" stand from <paramref name="first"/> up to <paramref name="k"/>: "said a witness told her
    /// that X and that Y" coordinates the inner report's clauses, which are the witness's, not two of the outer speaker's.
    /// </summary>
    private bool HoldsCue(int first, int k)
    {
        for (var i = first; i < k; i++)
        {
            if (!context.IsCueAt(i))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(k - 1, i + 5); j++)
            {
                if (context.Is(j, "that"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an odd number of quote marks stands from <paramref name="first"/> up to <paramref name="k"/>, so <paramref name="k"/> is inside quoted words.</summary>
    private bool InsideQuoteMarks(int first, int k)
    {
        var marks = 0;
        for (var i = first; i < k; i++)
        {
            if (context.Tokens[i].Kind == TokenKind.QuoteMark)
            {
                marks++;
            }
        }

        return marks % 2 == 1;
    }
}
