using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsTrace.Reuse;

/// <summary>
/// Hash of an article's normalised text: letters and digits only, lower-cased, in order.
/// Two articles with equal hashes are exact copies even when whitespace, punctuation or case differ.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(Rune.ToLower(rune, CultureInfo.InvariantCulture).ToString());
            }
            else
            {
                pendingSpace = true;
            }
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
