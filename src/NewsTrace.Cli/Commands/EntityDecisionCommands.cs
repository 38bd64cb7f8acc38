using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Storage;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// The decision subcommands of `newstrace entities`. Each checks its entities exist in the current grouping, records
/// the decision under the entities' names (ids change with content; names and aliases keep matching), and prints the result.
/// </summary>
internal static class EntityDecisionCommands
{
    public static Command Merge()
    {
        var first = new Argument<string>("A") { Description = "An entity: its id, name or an alias." };
        var second = new Argument<string>("B") { Description = "The entity to merge into A." };
        var db = CommonOptions.Database();
        var command = new Command("merge", "Record that A and B are one entity.") { first, second, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindAsync(catalog, result.GetRequiredValue(first)).ConfigureAwait(false) is not { } a
                || await FindAsync(catalog, result.GetRequiredValue(second)).ConfigureAwait(false) is not { } b)
            {
                return ExitCodes.NotFound;
            }

            if (a.Id == b.Id)
            {
                Console.WriteLine($"{a.Name} and {b.Name} are already one entity ({a.Id}).");
                return ExitCodes.Success;
            }

            return await RecordAsync(store, new EntityDecision(EntityDecisionKind.Merge, a.Name, b.Name), a.Name, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command Split()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity: its id, name or an alias." };
        var alias = new Argument<string>("ALIAS") { Description = "The alias that names someone or something else." };
        var db = CommonOptions.Database();
        var command = new Command("split", "Record that the mentions written ALIAS are not ENTITY.") { entity, alias, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindAsync(catalog, result.GetRequiredValue(entity)).ConfigureAwait(false) is not { } found)
            {
                return ExitCodes.NotFound;
            }

            var wanted = result.GetRequiredValue(alias);
            var key = CrossDocumentNameKey.Of(wanted);
            if (!found.Aliases.Any(a => CrossDocumentNameKey.Of(a.Name) == key))
            {
                await Console.Error.WriteLineAsync($"newstrace: {found.Name} has no alias '{wanted}'; its aliases: {string.Join(", ", found.Aliases.Select(a => a.Name))}.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            return await RecordAsync(store, new EntityDecision(EntityDecisionKind.Split, found.Name, wanted), found.Name, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command Rename()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity: its id, name or an alias." };
        var name = new Argument<string>("NAME") { Description = "The name to show it under." };
        var db = CommonOptions.Database();
        var command = new Command("rename", "Record the name an entity is shown under.") { entity, name, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindAsync(catalog, result.GetRequiredValue(entity)).ConfigureAwait(false) is not { } found)
            {
                return ExitCodes.NotFound;
            }

            var newName = result.GetRequiredValue(name).Trim();
            if (newName.Length == 0)
            {
                throw new UsageException("NAME must not be empty.");
            }

            return await RecordAsync(store, new EntityDecision(EntityDecisionKind.Rename, found.Name, newName), newName, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command List()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var command = new Command("decisions", "List the merge, split and rename decisions, in the order they apply.") { db, json, jsonLines };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var decisions = new List<EntityDecision>();
            await foreach (var decision in CorpusEntities.Decisions(store).ListEntityDecisionsAsync(cancellationToken).ConfigureAwait(false))
            {
                decisions.Add(decision);
            }

            var mode = CommonOptions.Mode(result, json, jsonLines);
            if (mode != OutputMode.Table)
            {
                using var output = new JsonOutput(mode);
                foreach (var decision in decisions)
                {
                    output.WriteObject(writer =>
                    {
                        writer.WriteNumber("sequence", decision.Sequence);
                        writer.WriteString("kind", KindName(decision.Kind));
                        writer.WriteString("entity", decision.Entity);
                        writer.WriteString("argument", decision.Argument);
                        writer.WriteString("decided_at", decision.DecidedAt.ToString("O", CultureInfo.InvariantCulture));
                    });
                }

                return ExitCodes.Success;
            }

            var table = new TableWriter("#", "Decision", "Entity", "Argument", "Decided at");
            foreach (var decision in decisions)
            {
                table.Add(decision.Sequence.ToString(CultureInfo.InvariantCulture), KindName(decision.Kind), decision.Entity, decision.Argument, decision.DecidedAt.ToString("u", CultureInfo.InvariantCulture));
            }

            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Undo()
    {
        var sequence = new Argument<long>("N") { Description = "The decision's number, as `entities decisions` lists it." };
        var db = CommonOptions.Database();
        var command = new Command("undo", "Withdraw a decision.") { sequence, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var number = result.GetRequiredValue(sequence);
            if (!await CorpusEntities.Decisions(store).RemoveEntityDecisionAsync(number, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"newstrace: no decision {number}; `newstrace entities decisions` lists them.")).ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Decision {number} withdrawn."));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<CanonicalEntity?> FindAsync(EntityCatalog catalog, string reference)
    {
        var entity = catalog.Find(reference);
        if (entity is null)
        {
            await Console.Error.WriteLineAsync($"newstrace: no entity '{reference}'; `newstrace entities` lists them.").ConfigureAwait(false);
        }

        return entity;
    }

    /// <summary>Records the decision, then shows the entity as the grouping now has it.</summary>
    private static async Task<int> RecordAsync(IArticleStore store, EntityDecision decision, string resultName, CancellationToken cancellationToken)
    {
        var recorded = await CorpusEntities.Decisions(store).AddEntityDecisionAsync(decision, cancellationToken).ConfigureAwait(false);
        var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recorded decision {recorded.Sequence}: {KindName(decision.Kind)} {decision.Entity} / {decision.Argument}."));
        var shown = catalog.Find(resultName) is { } entity ? [entity] : new List<CanonicalEntity>();
        if (decision.Kind == EntityDecisionKind.Split && catalog.Find(decision.Argument) is { } split && shown.All(e => e.Id != split.Id))
        {
            shown.Add(split);
        }

        EntitiesCommand.Write(shown, OutputMode.Table);
        return ExitCodes.Success;
    }

    private static string KindName(EntityDecisionKind kind) => kind switch
    {
        EntityDecisionKind.Merge => "merge",
        EntityDecisionKind.Split => "split",
        _ => "rename",
    };
}
