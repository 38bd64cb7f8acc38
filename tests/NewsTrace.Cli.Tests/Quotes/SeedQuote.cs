namespace NewsTrace.Cli.Tests.Quotes;

/// <summary>One quote of an `analyze --jsonl` line, with its source as written.</summary>
internal sealed record SeedQuote(int Start, int End, string Kind, string Text, string? Speaker, string? Written, string? Entity);
