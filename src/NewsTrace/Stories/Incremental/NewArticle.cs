using NewsTrace.Storage;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>One article of an update, with what the update derives from it.</summary>
internal sealed class NewArticle(ArticleSummary summary, StoryInput input, IReadOnlyDictionary<string, TermCount> terms)
{
    public ArticleSummary Summary { get; } = summary;

    public StoryInput Input { get; } = input;

    public IReadOnlyDictionary<string, TermCount> Terms { get; } = terms;

    public string Id => Input.Id;

    public DateOnly? Date => Input.Published?.Date;

    public SparseVector Vector { get; set; } = SparseVector.Empty;

    public IReadOnlyList<string> IndexTerms { get; set; } = [];

    /// <summary>Indexed articles worth comparing with, and the similarity to each.</summary>
    public List<(string ArticleId, double Similarity)> Neighbours { get; } = [];
}
