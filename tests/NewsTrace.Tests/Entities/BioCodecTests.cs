using FsCheck.Xunit;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class BioCodecTests
{
    private static readonly TagSet Tags = new(TagSet.DefaultLabels);

    [Theory]
    [InlineData(0, 2, false)]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(1, 4, false)]
    [InlineData(3, 4, true)]
    [InlineData(3, 1, true)]
    [InlineData(4, 0, true)]
    public void Inside_tags_follow_only_their_own_label(int previous, int next, bool allowed)
        => Assert.Equal(allowed, TagSet.Allowed(previous, next));

    [Fact]
    public void Tag_names_read_as_BIO()
        => Assert.Equal(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NORP", "I-NORP"], Enumerable.Range(0, Tags.Count).Select(Tags.NameOf));

    /// <summary>Names on token edges survive encoding to tags and decoding back, whatever their number, length and labels.</summary>
    [Property]
    public bool Names_on_token_edges_round_trip(byte[] layout)
    {
        var words = Math.Max(1, layout.Length * 2);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(k => "w" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var tokens = Tokenizer.Tokenize(text);
        var names = new List<LabelledSpan>();
        var word = 0;
        foreach (var step in layout)
        {
            var length = 1 + (step % 3);
            var gap = (step / 3) % 2;
            word += gap;
            if (word + length > tokens.Length)
            {
                break;
            }

            names.Add(new LabelledSpan(tokens[word].Start, tokens[word + length - 1].End, Tags.Labels[step % Tags.Labels.Length]));
            word += length;
        }

        var (tags, misaligned) = BioCodec.Encode(tokens, names, Tags);
        var decoded = BioCodec.Decode(tags).Select(span => new LabelledSpan(tokens[span.First].Start, tokens[span.Last].End, Tags.Labels[span.Label]));
        return misaligned == 0 && decoded.SequenceEqual(names);
    }

    [Fact]
    public void A_name_cutting_a_token_takes_the_whole_token_and_is_counted()
    {
        const string text = "Kim Jong-un spoke";
        var tokens = Tokenizer.Tokenize(text);
        var (tags, misaligned) = BioCodec.Encode(tokens, [new LabelledSpan(0, 8, "PER")], Tags);
        Assert.Equal(1, misaligned);
        Assert.Equal([TagSet.Begin(0), TagSet.Inside(0), TagSet.Outside], tags);
    }
}
