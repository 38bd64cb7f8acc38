namespace NewsTrace.Stories.Features;

/// <summary>
/// Function words and news boilerplate that say nothing about which event an article reports. Lower-case, compared
/// ordinally. Weekdays stay in: they help tell two similar events apart within one week.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "at", "back",
        "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough",
        "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "got", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "last", "later", "least", "less", "like", "made", "make", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "myself", "near", "need", "never", "new", "next",
        "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our",
        "ours", "ourselves", "out", "over", "own", "per", "put", "rather", "same", "see", "seen", "several", "she",
        "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
        "toward", "towards", "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your", "yours", "yourself", "n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m", "s", "t",

        // Reporting verbs and newsroom words that every article uses.
        "said", "say", "says", "saying", "told", "tell", "tells", "according", "added", "reported", "report", "reports",
        "news", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "inc.", "co.", "ltd.",
        "copyright", "reserved", "rights", "photo", "image", "video", "read", "click", "share", "comments", "advertisement",
        "subscribe", "newsletter", "related", "story", "stories", "article", "updated", "posted", "published",
        "year", "years", "time", "times", "day", "days", "week", "weeks", "month", "months", "people", "two", "three",
        "first", "second", "including", "told", "went", "going", "take", "took", "taken", "come", "came", "way",
        "yesterday", "today", "tomorrow",
    };

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
