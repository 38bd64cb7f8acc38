using System.Globalization;
using System.Text.Json;
using NewsTrace.Time.Timeline;

namespace NewsTrace.Cli.Output;

/// <summary>Prints a <see cref="StoryTimeline"/> as a table for people, as JSON, or as Markdown.</summary>
internal static class TimelinePrinter
{
    public static void WriteTable(TextWriter output, StoryTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        output.WriteLine($"Timeline of {timeline.Id}: {timeline.Title ?? "(untitled)"}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{timeline.Articles} articles, {timeline.Events.Length} dated events"));
        output.WriteLine();
        var table = new TableWriter("Date", "Articles", "Sites", "Event");
        foreach (var item in timeline.Events)
        {
            table.Add(item.Date.Value, ArticleCount(item).ToString(CultureInfo.InvariantCulture), Sites(item), item.Text);
        }

        table.Write(output);
    }

    /// <summary>{"id", "title", "articles", "events": [{"date", "precision", "text", "sources": [...]}]}.</summary>
    public static void WriteJson(Utf8JsonWriter writer, StoryTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        writer.WriteString("id", timeline.Id);
        writer.WriteString("title", timeline.Title);
        writer.WriteNumber("articles", timeline.Articles);
        writer.WriteStartArray("events");
        foreach (var item in timeline.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("date", item.Date.Value);
            writer.WriteString("precision", item.Date.Precision.ToString().ToLowerInvariant());
            writer.WriteString("text", item.Text);
            writer.WriteStartArray("sources");
            foreach (var source in item.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString("article", source.ArticleId);
                writer.WriteString("reference", source.Reference);
                writer.WriteString("site", source.Site);
                writer.WriteString("published", source.Published);
                writer.WriteString("sentence", source.SentenceText);
                writer.WriteNumber("start", source.Sentence.Start);
                writer.WriteNumber("end", source.Sentence.End);
                writer.WriteString("expression", source.ExpressionText);
                writer.WriteNumber("expression_start", source.Expression.Start);
                writer.WriteNumber("expression_end", source.Expression.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteMarkdown(TextWriter output, StoryTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        output.WriteLine($"# Timeline: {Escape(timeline.Title ?? timeline.Id)}");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Story or topic `{timeline.Id}`: {timeline.Articles} articles, {timeline.Events.Length} dated events."));
        output.WriteLine();
        output.WriteLine("| Date | Event | Sources |");
        output.WriteLine("|---|---|---|");
        foreach (var item in timeline.Events)
        {
            var sources = item.Sources
                .GroupBy(s => s.ArticleId, StringComparer.Ordinal)
                .Select(g => $"{Escape(g.First().Site ?? Path.GetFileName(g.First().Reference))} (“{Escape(g.First().ExpressionText)}”)");
            output.WriteLine($"| {item.Date.Value} | {Escape(item.Text)} | {string.Join("; ", sources)} |");
        }
    }

    private static int ArticleCount(TimelineEvent item) => item.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Count();

    private static string Sites(TimelineEvent item)
        => string.Join(", ", item.Sources.Select(s => s.Site ?? Path.GetFileName(s.Reference)).Distinct(StringComparer.Ordinal));

    /// <summary>Keeps a cell in its Markdown table: pipes escaped.</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
