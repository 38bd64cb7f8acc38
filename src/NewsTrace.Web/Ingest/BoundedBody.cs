namespace NewsTrace.Web.Ingest;

/// <summary>Reads a request body up to a limit; null when it is longer, so a chunked body cannot exceed the limit either.</summary>
public static class BoundedBody
{
    public static async Task<byte[]?> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
