namespace NewsTrace.Entities.CrossDocument;

/// <summary>One way a canonical entity is written in the corpus, and how often.</summary>
/// <param name="Name">The form as written ("Sergei Lavrov", "Lavrov", "Foreign Minister Sergey Lavrov").</param>
/// <param name="Kind">A name, a titled name, or a description.</param>
/// <param name="Count">How many times the corpus writes it.</param>
public sealed record EntityAlias(string Name, AliasKind Kind, int Count);
