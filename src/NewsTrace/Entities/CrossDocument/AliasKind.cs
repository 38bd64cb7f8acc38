namespace NewsTrace.Entities.CrossDocument;

/// <summary>How an alias of an entity was written.</summary>
public enum AliasKind
{
    /// <summary>The name as the entity layer marked it ("Sergey Lavrov", "Lavrov", "DPRK").</summary>
    Name = 0,

    /// <summary>The name with the titles and nationality before it ("Foreign Minister Sergey Lavrov").</summary>
    Titled = 1,

    /// <summary>A description the quote layer resolved to the entity ("the Russian minister").</summary>
    Description = 2,
}
