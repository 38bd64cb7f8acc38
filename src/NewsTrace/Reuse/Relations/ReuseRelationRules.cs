namespace NewsTrace.Reuse.Relations;

/// <summary>
/// Decides the relation from the evidence, strongest first: identical text; a near-copy keeps most of the shorter
/// text verbatim and a good part of the longer; a rewrite aligns most sentences of both (in other words); partial
/// reuse has verbatim blocks that are a real part of one text; the same story shares names and content with no
/// reused passages; anything else is unrelated.
/// </summary>
public static class ReuseRelationRules
{
    public static ReuseRelation Classify(PairEvidence evidence, PairComparerOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        if (evidence.Identical)
        {
            return ReuseRelation.Identical;
        }

        if (evidence.ShorterVerbatim >= options.NearCopyShorter && evidence.LongerVerbatim >= options.NearCopyLonger)
        {
            return ReuseRelation.NearCopy;
        }

        // Most of the shorter text kept word for word but little of the longer: an excerpt, not a rewrite of the whole.
        if (evidence.ShorterVerbatim >= options.ExcerptShorter && evidence.LongerVerbatim < options.NearCopyLonger
            && evidence.LongerCoverage < options.ExcerptLongerCoverage)
        {
            return ReuseRelation.PartialReuse;
        }

        if (evidence.ShorterCoverage >= options.RewriteShorter && evidence.LongerCoverage >= options.RewriteLonger)
        {
            return ReuseRelation.Rewrite;
        }

        if (Math.Max(evidence.LeftVerbatim, evidence.RightVerbatim) >= options.PartialCoverage && evidence.VerbatimWords >= options.PartialMinWords)
        {
            return ReuseRelation.PartialReuse;
        }

        if (evidence.SharedNames >= options.SameStoryNames && evidence.TextSimilarity >= options.SameStoryDice)
        {
            return ReuseRelation.SameStory;
        }

        return ReuseRelation.Unrelated;
    }
}
