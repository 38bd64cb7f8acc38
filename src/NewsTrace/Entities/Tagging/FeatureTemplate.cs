namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The kinds of feature the tagger extracts for a token. The numbers are part of the model file format (they are hashed into
/// every feature), so existing members must keep their values; add new ones at the end.
/// </summary>
internal enum FeatureTemplate
{
    Bias = 1,
    Word = 2,
    Shape = 3,
    ShortShape = 4,
    Prefix = 5,
    Suffix = 6,
    Kind = 7,
    PositionAndCase = 8,
    PreviousWord = 9,
    NextWord = 10,
    SecondPreviousWord = 11,
    SecondNextWord = 12,
    PreviousShape = 13,
    NextShape = 14,
    PreviousAndWord = 15,
    WordAndNext = 16,
    SeenInLowerCase = 17,
    SeenCapitalisedMidSentence = 18,
    RuleTag = 19,
    PreviousRuleTag = 20,
    NextRuleTag = 21,
    AfterTitle = 22,
    FirstName = 23,
    HeadWordClass = 24,
    RunHead = 25,
    RuleTagAndShape = 26,
    TitleWord = 27,
    RunLength = 28,
    PreviousShapeAndShape = 29,
    GazetteerTag = 30,
    PreviousGazetteerTag = 31,
    NextGazetteerTag = 32,
    FirstPassTag = 33,
    FirstPassContext = 34,
    ElsewhereMajority = 35,
    ElsewhereMajorityAndTag = 36,
    ElsewhereLabelRole = 37,
    ElsewhereShare = 38,
    ElsewhereMajorityAndPosition = 39,
}
