namespace NewsTrace.Ingest;

/// <summary>How to read an input. <see cref="Auto"/> decides from the name and the first bytes.</summary>
public enum InputFormat
{
    /// <summary>Decide from the file name and content.</summary>
    Auto,

    /// <summary>A saved web page.</summary>
    Html,

    /// <summary>Text scraped from a page, cleaned of site chrome.</summary>
    Text,

    /// <summary>Text exactly as decoded, without any clean-up, so offsets index the input file.</summary>
    Plain,

    /// <summary>JSON Lines, one article record per line.</summary>
    Jsonl,

    /// <summary>A WARC web archive.</summary>
    Warc,

    /// <summary>An RSS or Atom feed.</summary>
    Feed,
}
