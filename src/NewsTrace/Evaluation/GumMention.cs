namespace NewsTrace.Evaluation;

/// <summary>
/// One GUM entity mention (../shared/data/gum-entities/README.md): its noun phrase, GUM type (person, organization,
/// place ...), coreference chain (null for a singleton), kind (name, nominal, pronoun, other) and, for a named mention,
/// where the name itself stands inside the phrase. Offsets are UTF-16 indices into the document's text.
/// </summary>
public sealed record GumMention(int Start, int End, string Type, int? Chain, string Kind, bool Named, int? NameStart, int? NameEnd)
{
    /// <summary>The name as written ("Sergey Lavrov" in "Foreign Minister Sergey Lavrov"); null for an unnamed mention.</summary>
    public string? NameIn(string text) => Named && NameStart is int start && NameEnd is int end && start < end && end <= text.Length ? text[start..end] : null;
}
