using System.Text.Json.Nodes;

namespace NewsTrace.Storage.Tests.Contract;

/// <summary>
/// Field-by-field equality for stored articles: record equality does not work here because ImmutableArray
/// compares by reference, and analysis JSON may come back re-serialised by a store (PostgreSQL jsonb).
/// </summary>
public static class ArticleAssert
{
    public static void Equal(StoredArticle expected, StoredArticle? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.TextHash, actual.TextHash);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected.AnalysisJson), JsonNode.Parse(actual.AnalysisJson)),
            $"Analysis JSON differs: expected {expected.AnalysisJson}, got {actual.AnalysisJson}");
        Assert.Equal(expected.Comments.ToArray(), actual.Comments.ToArray());
        Assert.Equal(expected.Warnings.ToArray(), actual.Warnings.ToArray());
        Assert.Equal(expected.StageFailures.ToArray(), actual.StageFailures.ToArray());

        var want = expected.Metadata;
        var got = actual.Metadata;
        Assert.Equal(want.Source, got.Source);
        Assert.Equal(want.RecordId, got.RecordId);
        Assert.Equal(want.Url, got.Url);
        Assert.Equal(want.Title, got.Title);
        Assert.Equal(want.Authors.ToArray(), got.Authors.ToArray());
        Assert.Equal(want.Published, got.Published);
        Assert.Equal(want.Published?.ToString(), got.Published?.ToString());
        Assert.Equal(want.Modified?.ToString(), got.Modified?.ToString());
        Assert.Equal(want.Site, got.Site);
        Assert.Equal(want.Language, got.Language);
        Assert.Equal(want.Credits.ToArray(), got.Credits.ToArray());
        Assert.Equal(want.Extra, got.Extra);
        Assert.Same(StringComparer.Ordinal, got.Extra.KeyComparer);
    }
}
