using System.Collections.Frozen;
using FsCheck.Xunit;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class WordSetTests
{
    /// <summary>Small sets (filtered) and large ones (not), ordinal, by default and ignoring case, answer as the frozen set does.</summary>
    [Property]
    public bool Answers_as_its_frozen_set(string[] words, string[] asked, bool ignoreCase, bool byDefault, bool large)
    {
        IEqualityComparer<string> comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : byDefault ? EqualityComparer<string>.Default : StringComparer.Ordinal;
        var held = words.Where(word => word is not null).Concat(large ? Enumerable.Range(0, 300).Select(n => "w" + n) : []).ToArray();
        var frozen = held.ToFrozenSet(comparer);
        var set = new WordSet(frozen);
        // Asked as written, in the other case, and as the set's own words in other cases.
        var questions = asked.Where(word => word is not null).Concat(held).SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() });
        return set.Count == frozen.Count && questions.All(word => set.Contains(word) == frozen.Contains(word) && set.Contains(word.AsSpan()) == frozen.Contains(word));
    }

    [Theory]
    [InlineData("coach", true)]
    [InlineData("Coach", false)]
    [InlineData("coaches", false)]
    [InlineData("", false)]
    public void Ordinal_sets_tell_case(string word, bool held)
        => Assert.Equal(held, new WordSet(new[] { "coach", "striker", "goalkeeper" }.ToFrozenSet(StringComparer.Ordinal)).Contains(word));

    [Theory]
    [InlineData("STRIKER", true)]
    [InlineData("Striker", true)]
    [InlineData("İstanbul", false)]
    [InlineData("ISTANBUL", true)]
    [InlineData("Zürich", true)]
    [InlineData("ZÜRICH", true)]
    public void Sets_ignoring_case_fold_every_letter(string word, bool held)
        => Assert.Equal(held, new WordSet(new[] { "striker", "Istanbul", "zürich" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase)).Contains(word));
}
