using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Storage.Tests.Contract;

/// <summary>Fixture articles for the store tests. Every sentence here is written for these tests.</summary>
public static class TestArticles
{
    public static StoredArticle Create(
        string text,
        string? title = null,
        string? site = null,
        string? published = null,
        string? source = null,
        string? id = null,
        string? textHash = null)
    {
        var articleId = id ?? DocumentId.FromText(text);
        var metadata = new ArticleMetadata
        {
            Source = source ?? $"fixtures/{articleId}.html",
            Title = title,
            Site = site,
            Published = published is null ? null : Date(published),
        };
        return new StoredArticle(articleId, metadata, text, textHash ?? HashOf(text), "{}");
    }

    /// <summary>An article with every field set, including the ones most easily lost: extra fields, credits, offsets.</summary>
    public static StoredArticle Full()
    {
        const string text = "The harbour board voted on Tuesday to extend the night ferry service until March. "
            + "Commuters had asked for the change for two winters, the board's chair said.";
        var metadata = new ArticleMetadata
        {
            Source = "fixtures/ferry.jsonl#3",
            RecordId = "rec-0042",
            Url = "https://news.example.org/local/2023/10/ferry-service?ref=rss&x=1",
            Title = "Night ferry service extended",
            Authors = ["Dana Whitfield", "Omar Haddad"],
            Published = Date("2023-10-19T08:30:15+09:00"),
            Modified = Date("2023-10-20T11:05+09:00"),
            Site = "news.example.org",
            Language = "en",
            Credits = ["AP", "Reuters"],
            Extra = ImmutableSortedDictionary.CreateRange(
                StringComparer.Ordinal,
                [
                    KeyValuePair.Create("section", "Local"),
                    KeyValuePair.Create("Section", "upper-case key is a different key"),
                    KeyValuePair.Create("empty", ""),
                    KeyValuePair.Create("quote\"and\\slash", "line one\nline two\ttab"),
                ]),
        };
        return new StoredArticle(
            DocumentId.FromText(text),
            metadata,
            text,
            HashOf(text),
            """{"sentences":[{"start":0,"end":83}],"entities":[{"text":"March","kind":"date"}],"quotes":[],"timexes":[]}""")
        {
            Comments = ["first reader comment", "second one"],
            Warnings = ["byline looked like a location"],
            StageFailures = [new StageFailure("quotes", "index out of range"), new StageFailure("stories", "depends on quotes", Skipped: true)],
        };
    }

    public static PublishDate Date(string iso)
        => PublishDate.TryParseIso(iso, out var date) ? date : throw new ArgumentException($"Not an ISO date: {iso}", nameof(iso));

    /// <summary>A stand-in for the pipeline's text hash: equal texts give equal hashes.</summary>
    public static string HashOf(string text) => "h" + DocumentId.FromText(text);
}
