using System.Text;

namespace NewsTrace.Extraction;

/// <summary>Unicode clean-up that cannot throw, whatever the input.</summary>
public static class TextNormalization
{
    /// <summary>
    /// NFC-normalises the text. Lone surrogates (which decoding can produce from "&amp;#xD800;") make
    /// <see cref="string.Normalize()"/> throw, so they are replaced by U+FFFD first.
    /// </summary>
    public static string ToNfc(string text)
    {
        var repaired = ReplaceLoneSurrogates(text);
        return repaired.IsNormalized(NormalizationForm.FormC) ? repaired : repaired.Normalize(NormalizationForm.FormC);
    }

    public static string ReplaceLoneSurrogates(string text)
    {
        var first = FirstLoneSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
