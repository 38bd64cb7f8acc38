namespace NewsTrace.Web.Stories;

/// <summary>A named entity across a set of articles: how often it is mentioned and in how many articles.</summary>
public sealed record EntitySummary(string Name, string Type, int Mentions, int Articles);
