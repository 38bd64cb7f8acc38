namespace NewsTrace.Evaluation.Reuse;

/// <summary>
/// Sentences a rewriter pads copy with: generic, fact-free and fit for any story, so inserting them changes the text
/// without adding a second story. Written for this evaluation.
/// </summary>
internal static class FillerSentences
{
    public static readonly string[] All =
    [
        "The situation is being closely watched by observers across the region.",
        "It was not immediately clear what would happen next.",
        "Further details are expected to be released in the coming days.",
        "Local media have followed the developments with great interest.",
        "Critics say the matter has been handled poorly from the start.",
        "Many questions remain unanswered at this stage.",
        "The news quickly spread on social media, where it drew thousands of comments.",
        "Analysts caution that it is too early to draw firm conclusions.",
        "Our newsroom will keep readers informed as the story develops.",
        "The announcement came at a sensitive time for all involved.",
        "Requests for additional comment went unanswered on the day.",
        "Such events have become more frequent in recent years, experts note.",
    ];

    public static readonly string[] Headlines =
    [
        "What we know so far",
        "Latest: key facts at a glance",
        "Breaking update from our correspondents",
        "Everything you need to know today",
        "The story behind the headlines",
    ];
}
