namespace NewsTrace.Quotes.Variants;

/// <summary>
/// Whether two quotations are the same statement. The words of the shorter must mostly occur in the longer
/// (containment, so a partial quote joins the full sentence it was cut from, and one changed word in four,
/// "full"/"complete support and solidarity", still joins), they must share content words and not only "the" and
/// "and", and when both speakers are known they must agree, unless the wording is long and all but identical
/// (then one outlet has the speaker wrong, not the statement). Reported speech is paraphrase, so it must also be
/// close as a whole (Jaccard), not only contained. A short quote must also appear as a run of words in the other
/// ("support and solidarity"), not only as scattered words ("and ... principled support" in a long paragraph).
/// </summary>
internal static class QuoteSimilarity
{
    public const int MinimumSharedWords = 3;
    public const int MinimumSharedContentWords = 2;
    public const double MinimumContainment = 0.75;
    public const double MinimumReportedJaccard = 0.5;
    public const double SpeakerOverrideContainment = 0.9;
    public const int SpeakerOverrideWords = 8;

    /// <summary>Up to this many words a quote is a phrase, and its shared words must include a run of <see cref="MinimumPhraseRun"/>.</summary>
    public const int PhraseWords = 8;
    public const int MinimumPhraseRun = 3;

    public static bool SameStatement(QuoteOccurrence left, QuoteWords leftWords, QuoteOccurrence right, QuoteWords rightWords)
    {
        var shared = leftWords.All.Count(rightWords.All.Contains);
        var smaller = Math.Min(leftWords.All.Count, rightWords.All.Count);
        if (shared < MinimumSharedWords || smaller == 0 || leftWords.Content.Count(rightWords.Content.Contains) < MinimumSharedContentWords)
        {
            return false;
        }

        var containment = (double)shared / smaller;
        if (containment < MinimumContainment)
        {
            return false;
        }

        if (smaller <= PhraseWords && LongestCommonRun(leftWords.Sequence, rightWords.Sequence) < Math.Min(MinimumPhraseRun, smaller))
        {
            return false;
        }

        if (IsParaphrase(left.Kind) || IsParaphrase(right.Kind))
        {
            var union = leftWords.All.Count + rightWords.All.Count - shared;
            if ((double)shared / union < MinimumReportedJaccard)
            {
                return false;
            }
        }

        var speakersDisagree = left.SpeakerEntityId is not null && right.SpeakerEntityId is not null
            && !string.Equals(left.SpeakerEntityId, right.SpeakerEntityId, StringComparison.Ordinal);
        return !speakersDisagree || (containment >= SpeakerOverrideContainment && smaller >= SpeakerOverrideWords);
    }

    /// <summary>The length of the longest run of words the two sequences share, by dynamic programming over word pairs.</summary>
    public static int LongestCommonRun(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var previous = new int[right.Count + 1];
        var current = new int[right.Count + 1];
        var longest = 0;
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = 0; j < right.Count; j++)
            {
                current[j + 1] = string.Equals(left[i], right[j], StringComparison.Ordinal) ? previous[j] + 1 : 0;
                longest = Math.Max(longest, current[j + 1]);
            }

            (previous, current) = (current, previous);
        }

        return longest;
    }

    private static bool IsParaphrase(string kind) => kind is QuoteKinds.Reported or QuoteKinds.AccordingTo;
}
