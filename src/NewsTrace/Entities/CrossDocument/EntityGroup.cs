namespace NewsTrace.Entities.CrossDocument;

/// <summary>A working group of observations while user decisions are applied: its members and the name a user gave it.</summary>
internal sealed class EntityGroup(List<int> members)
{
    public List<int> Members { get; } = members;

    public string? Rename { get; set; }
}
