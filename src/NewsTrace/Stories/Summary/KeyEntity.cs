namespace NewsTrace.Stories.Summary;

/// <summary>One of a story's most named people, organisations and places.</summary>
/// <param name="Name">The canonical name across the story.</param>
/// <param name="Type">PERSON, ORG, GPE or LOC.</param>
/// <param name="Articles">How many members name it.</param>
/// <param name="Mentions">How often the members name it in all.</param>
public sealed record KeyEntity(string Name, string Type, int Articles, int Mentions);
