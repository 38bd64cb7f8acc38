using System.Security.Cryptography;
using System.Text;

namespace NewsTrace.Documents;

/// <summary>
/// Stable content-derived ids: the first 64 bits of SHA-256, as 16 lower-case hex digits.
/// The same bytes always give the same id, in every process and on every machine.
/// </summary>
public static class DocumentId
{
    public static string FromContent(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static string FromText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return FromContent(bytes);
    }
}
