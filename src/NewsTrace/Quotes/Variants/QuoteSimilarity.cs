namespace NewsTrace.Quotes.Variants;

/// <summary>
/// Whether two quotations are the same statement. The words of the shorter must mostly occur in the longer
/// (containment, so a partial quote joins the full sentence it was cut from, and one changed word in four,
/// "full"/"complete support and solidarity", still joins), they must share content words and not only "the" and
/// "and", and when both speakers are known they must agree, unless the wording is long and all but identical
/// (then one outlet has the speaker wrong, not the statement). Reported speech is paraphrase, so it must also be
/// close as a whole (Jaccard), not only contained.
/// </summary>
internal static class QuoteSimilarity
{
    public const int MinimumSharedWords = 3;
    public const int MinimumSharedContentWords = 2;
    public const double MinimumContainment = 0.75;
    public const double MinimumReportedJaccard = 0.5;
    public const double SpeakerOverrideContainment = 0.9;
    public const int SpeakerOverrideWords = 8;

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

    private static bool IsParaphrase(string kind) => kind is QuoteKinds.Reported or QuoteKinds.AccordingTo;
}
