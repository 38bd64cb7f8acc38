using FsCheck.Xunit;
using NewsTrace.Ingest;
using NewsTrace.Ingest.Compression;

namespace NewsTrace.Tests.Ingest;

public sealed class GzipReadStreamTests
{
    [Fact]
    public void Concatenated_members_read_as_one_stream()
    {
        var first = TestBytes.Utf8(TestBytes.VariedText(400));
        var second = TestBytes.Utf8("and a short second member");
        var file = TestBytes.Concat(TestBytes.Gzip(first), TestBytes.Gzip(second), TestBytes.EmptyGzipMember);

        Assert.Equal(TestBytes.Concat(first, second), Decompress(file));
    }

    [Fact]
    public void Trailing_zero_padding_after_the_last_member_is_ignored()
    {
        var file = TestBytes.Concat(TestBytes.Gzip("padded"), new byte[512]);

        Assert.Equal(TestBytes.Utf8("padded"), Decompress(file));
    }

    [Fact]
    public void A_cut_second_member_is_truncated()
    {
        var second = TestBytes.Gzip(TestBytes.VariedText(300));
        var file = TestBytes.Concat(TestBytes.Gzip("whole first"), second[..(second.Length / 2)]);

        var error = Assert.Throws<InputReadException>(() => Decompress(file));

        Assert.StartsWith("gzip stream is truncated", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public bool Any_cut_of_a_gzip_file_is_reported_as_truncated(int seed)
    {
        var text = TestBytes.Utf8(TestBytes.VariedText(200 + Math.Abs(seed % 500)));
        var gzip = TestBytes.Gzip(text);
        var cut = 1 + (int)((uint)seed % (uint)(gzip.Length - 1));
        try
        {
            Decompress(gzip[..cut]);
            return false;
        }
        catch (InputReadException ex)
        {
            return ex.Message.StartsWith("gzip stream is truncated", StringComparison.Ordinal)
                || ex.Message.StartsWith("not a valid gzip stream", StringComparison.Ordinal);
        }
    }

    private static byte[] Decompress(byte[] file)
    {
        using var stream = new GzipReadStream(new MemoryStream(file));
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
