using System.Globalization;
using System.Text.Json;
using NewsTrace.Stories;
using NewsTrace.Stories.Explain;
using NewsTrace.Stories.Summary;

namespace NewsTrace.Cli.Output;

/// <summary>Writes story summaries and explanations, as text for people and as JSON.</summary>
internal static class StorySummaryWriter
{
    /// <summary>"12 articles, 4 independent reports".</summary>
    public static string Counts(StorySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return string.Create(CultureInfo.InvariantCulture,
            $"{summary.ArticleCount} article{(summary.ArticleCount == 1 ? "" : "s")}, {summary.IndependentReports} independent report{(summary.IndependentReports == 1 ? "" : "s")}");
    }

    public static void WriteText(TextWriter output, StorySummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.WriteLine($"Story {summary.StoryId}: {summary.Title ?? "(untitled)"}");
        output.WriteLine(Counts(summary) + (summary.Copies > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({summary.Copies} copied or reused)") : ""));
        output.WriteLine($"Published: {(summary.FirstPublished == summary.LastPublished ? summary.FirstPublished ?? "unknown" : $"{summary.FirstPublished} to {summary.LastPublished}")}");
        output.WriteLine($"Outlets: {string.Join(", ", summary.Outlets)}");
        if (summary.KeyEntities.Count > 0)
        {
            output.WriteLine("Key entities: " + string.Join(", ", summary.KeyEntities.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} ({e.Type}, {e.Articles})"))));
        }

        foreach (var sentence in summary.LeadSentences)
        {
            output.WriteLine("> " + sentence);
        }
    }

    public static void WriteJson(Utf8JsonWriter writer, StorySummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject("summary");
        writer.WriteString("title", summary.Title);
        writer.WriteString("central_article", summary.CentralArticleId);
        writer.WriteNumber("articles", summary.ArticleCount);
        writer.WriteNumber("independent_reports", summary.IndependentReports);
        writer.WriteNumber("copies", summary.Copies);
        writer.WriteString("first_published", summary.FirstPublished);
        writer.WriteString("last_published", summary.LastPublished);
        writer.WriteStartArray("outlets");
        foreach (var outlet in summary.Outlets)
        {
            writer.WriteStringValue(outlet);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("key_entities");
        foreach (var entity in summary.KeyEntities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteString("type", entity.Type);
            writer.WriteNumber("articles", entity.Articles);
            writer.WriteNumber("mentions", entity.Mentions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("lead_sentences");
        foreach (var sentence in summary.LeadSentences)
        {
            writer.WriteStringValue(sentence);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reports");
        foreach (var report in summary.Reports)
        {
            writer.WriteStartArray();
            foreach (var id in report)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteExplanationText(TextWriter output, Story story, IReadOnlyList<ArticleExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(explanations);
        var culture = CultureInfo.InvariantCulture;
        var table = new TableWriter("Article", "Site", "Score", "Shared terms", "Shared entities", "Reuse links", "Shared quotes");
        foreach (var explanation in explanations.OrderByDescending(e => e.Score))
        {
            var article = story.Articles.First(a => string.Equals(a.Id, explanation.ArticleId, StringComparison.Ordinal));
            table.Add(
                Short(explanation.ArticleId),
                article.Site,
                explanation.Score.ToString("0.000", culture),
                string.Join(", ", explanation.Terms.Take(6).Select(t => string.Create(culture, $"{t.Term} {t.Weight:0.000}"))),
                string.Join(", ", explanation.Entities.Take(4).Select(e => string.Create(culture, $"{e.Name} ×{e.Articles}"))),
                string.Join(", ", explanation.ReuseLinks.Select(l => $"{l.Relation} {Short(l.ArticleId)}")),
                explanation.Quotes.Count.ToString(culture));
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine("Score: mean cosine similarity to the other articles on the clustering's terms; each term's weight is its share of the score. ×N: named by N other articles.");
    }

    public static void WriteExplanationJson(Utf8JsonWriter writer, IReadOnlyList<ArticleExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(explanations);
        writer.WriteStartArray("explain");
        foreach (var explanation in explanations)
        {
            writer.WriteStartObject();
            writer.WriteString("article", explanation.ArticleId);
            writer.WriteNumber("score", Math.Round(explanation.Score, 4));
            writer.WriteStartArray("terms");
            foreach (var term in explanation.Terms)
            {
                writer.WriteStartObject();
                writer.WriteString("term", term.Term);
                writer.WriteNumber("weight", Math.Round(term.Weight, 4));
                writer.WriteNumber("articles", term.Articles);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entities");
            foreach (var entity in explanation.Entities)
            {
                writer.WriteStartObject();
                writer.WriteString("name", entity.Name);
                writer.WriteString("type", entity.Type);
                writer.WriteNumber("articles", entity.Articles);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in explanation.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString("text", quote.Text);
                writer.WriteString("speaker", quote.Speaker);
                writer.WriteNumber("articles", quote.Articles);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("reuse");
            foreach (var link in explanation.ReuseLinks)
            {
                writer.WriteStartObject();
                writer.WriteString("article", link.ArticleId);
                writer.WriteString("relation", link.Relation);
                writer.WriteNumber("similarity", Math.Round(link.Similarity, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;
}
