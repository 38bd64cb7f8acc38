namespace NewsTrace.Ingest;

/// <summary>
/// An input cannot be read further; the message is the reason shown to the user in an <see cref="InputError"/>.
/// Thrown by the stream layers (gzip, WARC framing) and turned into an error item by <see cref="InputReader"/>.
/// </summary>
internal sealed class InputReadException : Exception
{
    public InputReadException()
    {
    }

    public InputReadException(string message)
        : base(message)
    {
    }

    public InputReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
