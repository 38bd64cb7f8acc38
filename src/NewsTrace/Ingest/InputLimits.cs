using System.Globalization;

namespace NewsTrace.Ingest;

/// <summary>Wording for size-limit errors, so every "too large" error says the size, the limit and how to raise it.</summary>
internal static class InputLimits
{
    public const string HowToRaise = "raise it with --max-bytes (IngestOptions.MaxInputBytes)";

    public static string TooLarge(string what, long size, long limit) =>
        $"{what} is {Describe(size)}, over the limit of {Describe(limit)}; {HowToRaise}";

    /// <summary>For streams whose length is unknown up front (gzip, stdin): reading stopped at the limit.</summary>
    public static string MoreThan(string what, long limit) =>
        $"{what} is larger than the limit of {Describe(limit)} (reading stopped there); {HowToRaise}";

    public static string Describe(long bytes)
    {
        var exact = bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
        return bytes < 1024 * 1024
            ? exact
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB ({exact})");
    }

    /// <summary>Reads the whole stream if it holds at most <paramref name="limit"/> bytes; otherwise null, after reading just past the limit.</summary>
    public static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = stream.Read(chunk, 0, wanted);
            if (read <= 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }
    }
}
