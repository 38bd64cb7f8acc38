namespace NewsTrace.Extraction;

/// <summary>An input holds no readable article (binary data, an empty page, an undecodable file).</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException()
    {
    }

    public ExtractionException(string message)
        : base(message)
    {
    }

    public ExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
