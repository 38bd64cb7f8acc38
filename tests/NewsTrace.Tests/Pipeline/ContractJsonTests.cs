using System.Collections.Immutable;
using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Time;

namespace NewsTrace.Tests.Pipeline;

public sealed class ContractJsonTests
{
    [Fact]
    public void Writes_every_layer_with_offsets_and_text_and_empty_lists_for_missing_layers()
    {
        const string text = "Lavrov said \u201cyes\u201d on Wednesday.";
        var document = new Document("abc", text, ArticleMetadata.Empty)
            .WithLayer(Layers.Sentences, ImmutableArray.Create(new TextSpan(0, text.Length)))
            .WithLayer(Layers.Quotes, ImmutableArray.Create(new Quotation(new TextSpan(13, 16), "direct", "Sergey Lavrov", new TextSpan(0, 6), "Sergey Lavrov", "said", new TextSpan(7, 11))))
            .WithLayer(Layers.Timexes, ImmutableArray.Create(new Timex(new TextSpan(21, 30), "DATE", null)));

        using var json = JsonDocument.Parse(ContractJson.LayersToJson(document));
        var root = json.RootElement;

        Assert.Equal(0, root.GetProperty("sentences")[0][0].GetInt32());
        Assert.Equal(0, root.GetProperty("entities").GetArrayLength());
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("yes", quote.GetProperty("text").GetString());
        Assert.Equal("Lavrov", text[quote.GetProperty("speaker_start").GetInt32()..quote.GetProperty("speaker_end").GetInt32()]);
        Assert.Equal("said", quote.GetProperty("cue").GetString());
        var timex = root.GetProperty("timexes")[0];
        Assert.Equal("Wednesday", timex.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, timex.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Article_fields_use_the_contract_names_and_keep_non_ascii_readable()
    {
        var metadata = new ArticleMetadata
        {
            Source = "pages/a.html",
            Title = "Лавров в Пхеньяне",
            Authors = ["A. Writer"],
            Published = new PublishDate(new DateOnly(2023, 10, 19)),
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ContractJson.WriterOptions()))
        {
            writer.WriteStartObject();
            ContractJson.WriteArticleFields(writer, metadata, "text", []);
            writer.WriteEndObject();
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("\"title\":\"Лавров в Пхеньяне\"", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        foreach (var field in new[] { "source", "url", "title", "authors", "published", "site", "language", "text" })
        {
            Assert.True(parsed.RootElement.TryGetProperty(field, out _), field);
        }

        Assert.Equal("2023-10-19", parsed.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void Date_anomalies_are_written_with_their_span_kind_and_message()
    {
        const string text = "It was celebrated on October 75 this year.";
        var document = new Document("abc", text, ArticleMetadata.Empty)
            .WithLayer(TimeLayers.DateAnomalies, ImmutableArray.Create(new DateAnomaly(new TextSpan(21, 31), DateAnomaly.ImpossibleDate, "October has no day 75")));

        using var json = JsonDocument.Parse(ContractJson.LayersToJson(document));

        var anomaly = json.RootElement.GetProperty("date_anomalies")[0];
        Assert.Equal("October 75", anomaly.GetProperty("text").GetString());
        Assert.Equal("impossible-date", anomaly.GetProperty("kind").GetString());
        Assert.Equal("October has no day 75", anomaly.GetProperty("message").GetString());
    }
}
