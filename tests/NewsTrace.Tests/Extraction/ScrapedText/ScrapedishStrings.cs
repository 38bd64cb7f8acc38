using FsCheck;
using FsCheck.Fluent;

namespace NewsTrace.Tests.Extraction.ScrapedText;

/// <summary>FsCheck texts built from the lines scraped pages are made of, so random inputs hit every rule of the cleaner.</summary>
public static class ScrapedishStrings
{
    private static readonly string[] Lines =
    [
        "", "", " ", "Skip to main content", "HomeLatest NewsWorld", "Politics | World | Business", "Sign in    Subscribe",
        "Ferry strike ends after owners agree", "By Lena Okafor", "Email the author", "3 hours ago", "Date: May 30, 2024 Time: 19:57:47",
        "Thursday, May 30, 2024", "Published 18 October 2024, 09:30", "HALDOR, March 3 (Reuters) — Crews went back to work on Monday after a strike.",
        "The dispute began when the operator tried to add a fifth night crossing without hiring more hands.", "Will fares rise?",
        "Not this year, both companies said.", "ALSO READ: Schools reopen", "Advertisement", "SOURCE: AP", "SOURCE:", "— Meridian", "(AP)",
        "Subscribe to our newsletter.", "Most Popular", "Related stories", "Comments (3)", "Recent Comments", "Anna Berg says:",
        "Marek says: February 13, 2025 at 9:03 am", "Reply", "Farid K. · 18 Oct 2024", "© 2025 The Courier. All rights reserved.",
        "If you found this useful, consider subscribing.", "*", "Mila Sorensen is a reporter covering the port.", "Mila Sorensen",
        "  indented line with trailing spaces   ", "\t", "(", ")", "—", "says:", "By", "Source: ", "é\u0301", "\uD83D", "\0", "October 47, 2021",
        "2024-13-45", "9999-12-31T23:59:59+14:00", "12:99 pm", "(Meridian) —", "DORVAN, Oct. 17 (Meridian) — Ministers met.",
    ];

    public static Arbitrary<string> Strings()
        => Gen.Elements(Lines).ArrayOf().Select(lines => string.Join('\n', lines)).ToArbitrary();
}
