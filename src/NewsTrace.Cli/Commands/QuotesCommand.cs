using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTrace.Cli.Output;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Quotes.Variants;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace quotes [--speaker NAME] [--story ID]`: quotations grouped by statement across outlets, each variant with
/// its outlet, date and the words that differ from the earliest.
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var speaker = new Option<string?>("--speaker") { Description = "Only statements by this speaker (a name or alias; transliterations match).", HelpName = "NAME" };
        var story = new Option<string?>("--story") { Description = "Only quotes in the articles of this story (as `stories` lists it).", HelpName = "ID" };
        var minArticles = new Option<int>("--min-articles")
        {
            Description = "Only statements quoted in at least this many articles.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var command = new Command("quotes", "List quotations grouped by statement, with each outlet's variant and its differences.")
        {
            db, json, jsonLines, speaker, story, minArticles,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var (documents, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            HashSet<string>? articles = null;
            if (result.GetValue(story) is { } storyId)
            {
                var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
                var found = stories.FirstOrDefault(s => string.Equals(s.Id, storyId, StringComparison.Ordinal));
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"newstrace: no story '{storyId}'; `newstrace stories` lists them.").ConfigureAwait(false);
                    return ExitCodes.NotFound;
                }

                articles = found.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            }

            var occurrences = documents
                .Where(d => articles is null || articles.Contains(d.Id))
                .SelectMany(d => QuoteOccurrences.From(d, catalog));
            var statements = QuoteVariantGrouper.Group(occurrences)
                .Where(s => s.Variants.Select(v => v.Occurrence.ArticleId).Distinct(StringComparer.Ordinal).Count() >= result.GetValue(minArticles));
            if (result.GetValue(speaker) is { } name)
            {
                statements = statements.Where(SpeakerFilter(catalog, name));
            }

            Write(statements.ToList(), CommonOptions.Mode(result, json, jsonLines));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>A statement matches when a variant's speaker is the entity the name finds, or is written with the same key.</summary>
    private static Func<QuoteStatement, bool> SpeakerFilter(EntityCatalog catalog, string name)
    {
        var entity = catalog.Find(name);
        var key = CrossDocumentNameKey.Of(name);
        return statement => statement.Variants.Any(v =>
            (entity is not null && v.Occurrence.SpeakerEntityId == entity.Id)
            || (v.Occurrence.Speaker is { } s && CrossDocumentNameKey.Of(s) == key));
    }

    private static void Write(IReadOnlyList<QuoteStatement> statements, OutputMode mode)
    {
        if (mode != OutputMode.Table)
        {
            using var output = new JsonOutput(mode);
            foreach (var statement in statements)
            {
                output.WriteObject(writer => WriteStatement(writer, statement));
            }

            return;
        }

        var culture = CultureInfo.InvariantCulture;
        foreach (var statement in statements)
        {
            var outlets = statement.Outlets;
            Console.WriteLine(string.Create(culture, $"{statement.Id}  {statement.Speaker ?? "(unknown speaker)"}  {statement.Variants.Length} variant(s) in {outlets.Length} outlet(s)"));
            var earliest = statement.Variants[0].Occurrence.Text;
            foreach (var variant in statement.Variants)
            {
                var o = variant.Occurrence;
                var marked = DiffMarkup.Mark(earliest, o.Text, variant.Diff);
                Console.WriteLine($"  {o.Published?.ToString() ?? "undated",-25} {o.Outlet,-28} {o.Kind,-12} {OneLine(marked)}");
            }

            Console.WriteLine();
        }
    }

    private static void WriteStatement(Utf8JsonWriter writer, QuoteStatement statement)
    {
        writer.WriteString("id", statement.Id);
        writer.WriteString("text", statement.Text);
        writer.WriteString("speaker", statement.Speaker);
        writer.WriteString("speaker_entity", statement.SpeakerEntityId);
        writer.WriteBoolean("changed", statement.HasChangedWording);
        writer.WriteStartArray("outlets");
        foreach (var outlet in statement.Outlets)
        {
            writer.WriteStringValue(outlet);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("variants");
        var earliest = statement.Variants[0].Occurrence.Text;
        foreach (var variant in statement.Variants)
        {
            var o = variant.Occurrence;
            writer.WriteStartObject();
            writer.WriteString("article", o.ArticleId);
            writer.WriteString("outlet", o.Outlet);
            writer.WriteString("published", o.Published?.ToString());
            writer.WriteString("kind", o.Kind);
            writer.WriteString("speaker", o.Speaker);
            writer.WriteString("speaker_entity", o.SpeakerEntityId);
            writer.WriteNumber("start", o.Span.Start);
            writer.WriteNumber("end", o.Span.End);
            writer.WriteString("text", o.Text);
            writer.WriteString("marked", DiffMarkup.Mark(earliest, o.Text, variant.Diff));
            writer.WriteStartArray("diff");
            foreach (var segment in variant.Diff.Where(s => s.Kind != DiffKind.Equal))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", segment.Kind switch { DiffKind.Delete => "delete", DiffKind.Insert => "insert", _ => "replace" });
                writer.WriteString("earliest", segment.Left.Of(earliest));
                writer.WriteString("variant", segment.Right.Of(o.Text));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
