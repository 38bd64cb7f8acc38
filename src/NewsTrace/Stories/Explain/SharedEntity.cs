namespace NewsTrace.Stories.Explain;

/// <summary>A person, organisation or place an article names and other members name too.</summary>
/// <param name="Name">The canonical name across the story.</param>
/// <param name="Type">PERSON, ORG, GPE or LOC.</param>
/// <param name="Articles">How many other members name it.</param>
public sealed record SharedEntity(string Name, string Type, int Articles);
