namespace NewsTrace.Stories.Explain;

/// <summary>A content term an article shares with other members of its story.</summary>
/// <param name="Term">The term as the clusterer sees it (lower case, lightly stemmed).</param>
/// <param name="Weight">Its share of the article's score: the article's weight times the mean weight in the other members. The weights of all terms sum to the score.</param>
/// <param name="Articles">How many other members contain it.</param>
public sealed record SharedTerm(string Term, double Weight, int Articles);
