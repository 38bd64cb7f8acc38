using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using NewsTrace.Web;
using NewsTrace.Web.Security;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace serve`: the web app and JSON API over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public const string TokenVariable = "NEWSTRACE_TOKEN";

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string[]>("--urls")
        {
            Description = "Where to listen (separate several with ';'). Anything beyond loopback requires a write token.",
            DefaultValueFactory = _ => ["http://127.0.0.1:5080"],
            HelpName = "URL",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"Bearer token for the write endpoints (ingest). Default: ${TokenVariable}, or a random one printed at start when listening beyond loopback.",
            HelpName = "TOKEN",
        };
        var command = new Command("serve", "Serve the stories, articles, search and an HTTP API in the browser.") { db, urls, token };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var addresses = result.GetRequiredValue(urls)
                .SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();
            var loopbackOnly = addresses.All(LoopbackHosts.IsLoopbackUrl);
            var writeToken = result.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable(TokenVariable));
            if (writeToken is null && !loopbackOnly)
            {
                writeToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
                await Console.Error.WriteLineAsync($"newstrace: listening beyond loopback; write endpoints need 'Authorization: Bearer {writeToken}'.").ConfigureAwait(false);
            }

            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var options = new WebAppOptions { WriteToken = writeToken, LoopbackOnly = loopbackOnly };
            await using var app = NewsTraceWebApp.Create(
                new WebBackend(store, () => Composition.CreateAnalyzer()) { CreateReuseAnalysis = Composition.CreateReuseAnalysis }, options, addresses);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"newstrace: serving {string.Join(", ", app.Urls)} (Ctrl+C stops).").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
