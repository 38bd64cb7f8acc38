using NewsTrace.Storage;
using NewsTrace.Stories.Features;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Tests.Stories.Incremental;

public sealed class CompactTermDictionaryTests
{
    private static readonly Dictionary<string, TermCount> Terms = new(StringComparer.Ordinal)
    {
        ["harbour"] = new(3, TermClass.Word),
        ["Zagreb"] = new(1, TermClass.Name),
        ["ärger"] = new(2, TermClass.Word),
        ["dock strike"] = new(1, TermClass.Word),
    };

    [Fact]
    public void Terms_come_in_the_order_and_with_the_counts_the_stores_give_back()
    {
        var compact = CompactTermDictionary.From(Terms, new Dictionary<string, string>(StringComparer.Ordinal));
        var stored = StoryTermsText.Decode(StoryTermsText.Encode(Terms));

        Assert.Equal(stored.ToList(), compact.ToList());
        Assert.Equal(stored.Keys, compact.Keys);
        Assert.Equal(4, compact.Count);
        Assert.Equal(new TermCount(3, TermClass.Word), compact["harbour"]);
        Assert.True(compact.TryGetValue("Zagreb", out var name) && name.Class == TermClass.Name);
        Assert.False(compact.ContainsKey("zagreb"));
        Assert.Throws<KeyNotFoundException>(() => compact["port"]);
    }

    [Fact]
    public void Articles_made_with_one_intern_table_share_each_term_string()
    {
        var intern = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = CompactTermDictionary.From(Terms, intern);
        var copy = Terms.ToDictionary(p => new string(p.Key.AsSpan()), p => p.Value, StringComparer.Ordinal);
        var second = CompactTermDictionary.From(copy, intern);

        Assert.All(first.Keys.Zip(second.Keys), pair => Assert.Same(pair.First, pair.Second));
        Assert.Same(first, CompactTermDictionary.From(first, intern));
    }
}
