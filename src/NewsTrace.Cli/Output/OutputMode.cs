namespace NewsTrace.Cli.Output;

/// <summary>Who reads the output: a person (tables), or a machine (one JSON document, or JSON Lines).</summary>
internal enum OutputMode
{
    Table,
    Json,
    JsonLines,
}
