namespace NewsTrace.Reuse;

/// <summary>The names of <see cref="ReuseRelation"/> in output and input: part of the JSON contract, never renamed.</summary>
public static class ReuseRelationNames
{
    public const string Identical = "identical";
    public const string NearCopy = "near-copy";
    public const string Rewrite = "rewrite";
    public const string PartialReuse = "partial";
    public const string SameStory = "same-story";
    public const string Unrelated = "unrelated";

    public static string Name(this ReuseRelation relation) => relation switch
    {
        ReuseRelation.Identical => Identical,
        ReuseRelation.NearCopy => NearCopy,
        ReuseRelation.Rewrite => Rewrite,
        ReuseRelation.PartialReuse => PartialReuse,
        ReuseRelation.SameStory => SameStory,
        ReuseRelation.Unrelated => Unrelated,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation."),
    };

    public static bool TryParse(string? name, out ReuseRelation relation)
    {
        relation = name switch
        {
            Identical => ReuseRelation.Identical,
            NearCopy => ReuseRelation.NearCopy,
            Rewrite => ReuseRelation.Rewrite,
            PartialReuse => ReuseRelation.PartialReuse,
            SameStory => ReuseRelation.SameStory,
            Unrelated => ReuseRelation.Unrelated,
            _ => (ReuseRelation)(-1),
        };
        return Enum.IsDefined(relation);
    }
}
