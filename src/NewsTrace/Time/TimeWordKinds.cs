namespace NewsTrace.Time;

/// <summary>The roles a word can play in a temporal expression; one word can have several ("May", "second", "last").</summary>
[Flags]
public enum TimeWordKinds
{
    None = 0,
    Month = 1 << 0,
    Weekday = 1 << 1,
    NumberWord = 1 << 2,
    Unit = 1 << 3,
    UnitPlural = 1 << 4,
    Season = 1 << 5,
    PartOfDay = 1 << 6,
    RelativeDay = 1 << 7,
    Shift = 1 << 8,
    Modifier = 1 << 9,
    SetAdverb = 1 << 10,
    Every = 1 << 11,
    Ago = 1 << 12,
    PastCue = 1 << 13,
    FutureCue = 1 << 14,
    PresentRef = 1 << 15,
    PastRef = 1 << 16,
    Vague = 1 << 17,
    Comparative = 1 << 18,
    Later = 1 << 19,
    Frequency = 1 << 20,

    /// <summary>Other words that can start an expression ("the", "noon", "tonight", "per"); the word itself says which.</summary>
    Anchor = 1 << 21,
}
