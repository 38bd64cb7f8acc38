namespace NewsTrace.Tests.Extraction.ScrapedText;

/// <summary>The scraped-page fixtures (written for NewsTrace, fiction) and what their article, chrome and comments are.</summary>
internal static class ScrapedFixtures
{
    public const string NewsPage = "scraped-news-page.txt";
    public const string BlogWithSaysComments = "scraped-blog-says-comments.txt";
    public const string PostWithPitchTail = "scraped-post-pitch-tail.txt";

    public static string Read(string name) => File.ReadAllText(Inputs.FixturePath(name));

    /// <summary>Every line of the news page's article: headline, byline, date, body with subheading and a short Q and A.</summary>
    public static readonly string[] NewsPageArticle =
    [
        "Ferry strike ends after owners agree to new rota",
        "By Lena Okafor",
        "Published: 3 March 2025, 14:20",
        "HALDOR, March 3 (Reuters) — Ferry crews on the Osk islands went back to work on Monday after a nine-day strike, once the two operators agreed to cap night shifts at four a month.",
        "The dispute began when the larger operator, Osk Lines, tried to add a fifth night crossing to its winter timetable without hiring more deck hands.",
        "Union secretary Piet Varga said the deal was \"the least the crews deserved\" and thanked islanders for their patience during the stoppage.",
        "Shops on the outer islands ran short of fresh milk and bread by the end of the first week, and the regional council paid for two emergency supply runs.",
        "What happens next",
        "The operators will meet the union again in June to review the rota.",
        "Will fares rise?",
        "Not this year, both companies said.",
    ];

    public static readonly string[] NewsPageChrome =
    [
        "Skip to main content", "breaking ticker", "Monday, March 3, 2025", "HomeLatest NewsRegionFerry strike ends after owners agree to new rota...",
        "Sign in    Subscribe", "Email the author", "3 hours ago", "ALSO READ: Island schools reopen after storm damage", "Advertisement",
        "SOURCE: AP", "Subscribe to our newsletter for the day's top stories.", "Share this article: Facebook  X  WhatsApp  Email", "Most Popular",
        "Harbour master retires after forty years", "New bridge plan for Kessel sound", "Island schools reopen after storm damage",
        "© 2025 The Osk Courier. All rights reserved.", "Privacy Policy | Terms of Use | Contact us",
    ];

    public static readonly string[] BlogArticle =
    [
        "Why our town library should open on Sundays",
        "Posted by Tomas Reyes on 12 February 2025",
        "Every weekend I watch students sit on the steps of the library with their laptops, catching the wifi through a locked door.",
        "The council says Sunday opening would cost about eleven thousand a year. That is less than the town spent on new flower beds last spring.",
        "Volunteers from the reading club have offered to staff the front desk twice a month, which would cut the cost by a third.",
        "I will bring the idea to the next council meeting on the fourth of March, and I hope some of you will come along.",
    ];

    public static readonly string[] BlogComments =
    [
        "Fully agree. My kids would be there every week.",
        "Who pays for the heating though? Somebody has to ask.",
    ];
}
