using NewsTrace.Documents;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// A passage of one article matched to a passage of another: the evidence behind every reuse relation.
/// </summary>
/// <param name="Left">The passage in the left document of the comparison (a half-open span of its text).</param>
/// <param name="Right">The matching passage in the right document.</param>
/// <param name="Similarity">How alike the two passages are, 0 to 1.</param>
/// <param name="Match">Whether the words were kept or reworded.</param>
public sealed record AlignedPassage(TextSpan Left, TextSpan Right, double Similarity, PassageMatch Match);
