namespace NewsTrace.Stories.Features;

/// <summary>
/// Light, conservative suffix stripping of lower-case English words, so "protests", "protested" and "protesting"
/// meet at one term. It only removes plural and verb endings that are almost always inflections; it never tries to be
/// a full stemmer (no stemmer package is available, and a heavy stemmer merges names with words).
/// </summary>
internal static class SuffixStripper
{
    public static string Strip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return UndoubleConsonant(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && word[^3] != 'e')
        {
            return UndoubleConsonant(word[..^2]);
        }

        return word;
    }

    /// <summary>"stopped" → "stopp" → "stop", so it meets "stop"; "killed" stays "kill" (a double l is usually part of the stem).</summary>
    private static string UndoubleConsonant(string stem)
        => stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1]) ? stem[..^1] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
