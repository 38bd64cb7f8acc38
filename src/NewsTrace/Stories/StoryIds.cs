using System.Security.Cryptography;
using System.Text;

namespace NewsTrace.Stories;

/// <summary>Stable ids from content: a prefix plus the first 12 hex digits of SHA-256 of a member id.</summary>
public static class StoryIds
{
    public static string From(char prefix, string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(memberId));
        return prefix + Convert.ToHexStringLower(hash)[..12];
    }
}
