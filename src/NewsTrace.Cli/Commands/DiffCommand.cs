using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Reuse;
using NewsTrace.Storage;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace diff A B`: two articles side by side, aligned passage by passage, changed words marked.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("A") { Description = "An article id (or unique prefix) in the store, or a file." };
        var second = new Argument<string>("B") { Description = "The other article: an id or a file." };
        var db = CommonOptions.Database();
        var command = new Command("diff", "Show two articles side by side: their aligned passages with the changed words marked.") { first, second, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var a = result.GetRequiredValue(first);
            var b = result.GetRequiredValue(second);
            IArticleStore? store = null;
            try
            {
                if (!File.Exists(a) || !File.Exists(b))
                {
                    store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
                }

                var left = await LoadAsync(a, store, cancellationToken).ConfigureAwait(false);
                var right = await LoadAsync(b, store, cancellationToken).ConfigureAwait(false);
                if (left is null || right is null)
                {
                    await Console.Error.WriteLineAsync($"newstrace: no article or file '{(left is null ? a : b)}'; `newstrace articles` lists the stored ones.").ConfigureAwait(false);
                    return ExitCodes.NotFound;
                }

                var comparison = Composition.CreatePairComparer().Compare(left, right);
                var culture = CultureInfo.InvariantCulture;
                Console.WriteLine($"A: {left.Metadata.Site ?? left.Metadata.Source} · {left.Metadata.Published?.ToString() ?? "undated"} · {left.Metadata.Title}");
                Console.WriteLine($"B: {right.Metadata.Site ?? right.Metadata.Source} · {right.Metadata.Published?.ToString() ?? "undated"} · {right.Metadata.Title}");
                Console.WriteLine(string.Create(culture, $"{comparison.Relation.Name()}, similarity {comparison.Similarity:0.00}, {comparison.Passages.Length} aligned passages covering {comparison.LeftCoverage:P0} of A and {comparison.RightCoverage:P0} of B"));
                Console.WriteLine();
                var colour = !Console.IsOutputRedirected;
                new SideBySideWriter(Console.Out, TerminalWidth(), colour).Write(left.Text, right.Text, comparison);
                return ExitCodes.Success;
            }
            finally
            {
                if (store is not null)
                {
                    await store.DisposeAsync().ConfigureAwait(false);
                }
            }
        }));
        return command;
    }

    /// <summary>A stored article with its stored layers, or a file read and analysed now.</summary>
    private static async Task<Document?> LoadAsync(string reference, IArticleStore? store, CancellationToken cancellationToken)
    {
        if (File.Exists(reference))
        {
            var analyzer = Composition.CreateAnalyzer();
            var item = Composition.ReadInputs([reference], new InputSettings(InputFormat.Auto, null, 32L * 1024 * 1024), cancellationToken).FirstOrDefault();
            return item is null ? null : analyzer.Process(item).Document;
        }

        return store is not null && await store.GetAsync(reference, cancellationToken).ConfigureAwait(false) is { } stored
            ? StoredDocument.FromStored(stored)
            : null;
    }

    private static int TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return 160;
        }

        try
        {
            return Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
