namespace NewsTrace.Entities;

/// <summary>The entity type labels written in <see cref="EntityMention.Type"/>.</summary>
public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Geopolitical = "GPE";
    public const string Location = "LOC";
    public const string Nationality = "NORP";
}
