namespace NewsTrace.Storage;

/// <summary>One entry of the story term index: <paramref name="ArticleId"/> has <paramref name="Term"/> among its heaviest terms.</summary>
public readonly record struct TermPosting(string Term, string ArticleId);
