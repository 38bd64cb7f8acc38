using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTrace.Cli.Output;
using NewsTrace.Entities;
using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace entities`: canonical entities across the corpus with aliases and counts; `entities merge A B`,
/// `entities split ENTITY ALIAS` and `entities rename ENTITY NAME` record decisions in the store, which every later
/// listing applies on top of the automatic grouping; `entities decisions` lists them and `entities undo N` withdraws one.
/// </summary>
internal static class EntitiesCommand
{
    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Geopolitical, EntityTypes.Location];

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var type = new Option<string?>("--type") { Description = "Only entities of this type.", HelpName = "PERSON|ORG|GPE|LOC" };
        type.AcceptOnlyFromAmong(Types);
        var limit = new Option<int>("--limit") { Description = "At most this many entities (0: all).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var command = new Command("entities", "List canonical entities across the corpus, with aliases and counts; merge, split or rename them.")
        {
            db, json, jsonLines, type, limit,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var wanted = result.GetValue(type);
            var entities = catalog.Entities.Where(e => wanted is null || string.Equals(e.Type, wanted, StringComparison.Ordinal));
            var max = result.GetValue(limit);
            if (max > 0)
            {
                entities = entities.Take(max);
            }

            Write(entities.ToList(), CommonOptions.Mode(result, json, jsonLines));
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(EntityDecisionCommands.Merge());
        command.Subcommands.Add(EntityDecisionCommands.Split());
        command.Subcommands.Add(EntityDecisionCommands.Rename());
        command.Subcommands.Add(EntityDecisionCommands.List());
        command.Subcommands.Add(EntityDecisionCommands.Undo());
        return command;
    }

    public static void Write(IReadOnlyList<CanonicalEntity> entities, OutputMode mode)
    {
        if (mode != OutputMode.Table)
        {
            using var output = new JsonOutput(mode);
            foreach (var entity in entities)
            {
                output.WriteObject(writer => WriteEntity(writer, entity));
            }

            return;
        }

        var culture = CultureInfo.InvariantCulture;
        var table = new TableWriter("Id", "Type", "Name", "Articles", "Mentions", "Aliases");
        foreach (var entity in entities)
        {
            var aliases = string.Join(", ", entity.Aliases.Select(a => string.Create(culture, $"{a.Name} ×{a.Count}")));
            table.Add(entity.Id, entity.Type, entity.Name, entity.ArticleCount.ToString(culture), entity.MentionCount.ToString(culture), aliases);
        }

        table.Write(Console.Out);
    }

    /// <summary>{"id","type","name","articles","mentions","aliases":[{"name","kind","count"}],"article_ids":[...]}.</summary>
    public static void WriteEntity(Utf8JsonWriter writer, CanonicalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entity);
        writer.WriteString("id", entity.Id);
        writer.WriteString("type", entity.Type);
        writer.WriteString("name", entity.Name);
        writer.WriteNumber("articles", entity.ArticleCount);
        writer.WriteNumber("mentions", entity.MentionCount);
        writer.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            writer.WriteStartObject();
            writer.WriteString("name", alias.Name);
            writer.WriteString("kind", alias.Kind switch { AliasKind.Titled => "titled", AliasKind.Description => "description", _ => "name" });
            writer.WriteNumber("count", alias.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("article_ids");
        foreach (var id in entity.ArticleIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
