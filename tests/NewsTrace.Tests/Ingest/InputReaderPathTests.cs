using NewsTrace.Documents;
using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class InputReaderPathTests
{
    [Fact]
    public void Missing_path_is_an_error_and_the_batch_goes_on()
    {
        using var temp = new TempDirectory();
        var page = temp.Write("page.html", "<html><body><p>Council meets.</p></body></html>");
        var missing = Path.Combine(temp.Root, "nope.html");

        var items = ReadAll(missing, page);

        Assert.Equal(2, items.Count);
        Assert.Equal(new InputError(missing, "no such file or directory"), items[0]);
        Assert.Equal(InputFormat.Html, Raw(items[1]).Format);
    }

    [Fact]
    public void Directories_are_walked_recursively_in_ordinal_order_skipping_hidden_and_non_inputs()
    {
        using var temp = new TempDirectory();
        temp.Write("b.txt", "second story");
        temp.Write("a/z.html", "<html>zed</html>");
        temp.Write("a/Y.txt", "capital Y sorts first");
        temp.Write("B.txt", "capital B sorts before lower case");
        temp.Write(".hidden.txt", "hidden file");
        temp.Write(".git/config.txt", "hidden folder");
        temp.Write("a/logo.png", [0x89, 0x50, 0x4E, 0x47]);
        temp.Write("store.db", "not an input");
        temp.Write("notes.txt~", "editor backup");

        var sources = ReadAll(temp.Root).Select(item => Path.GetRelativePath(temp.Root, item.Source)).ToList();

        Assert.Equal([Path.Combine("B.txt"), Path.Combine("a", "Y.txt"), Path.Combine("a", "z.html"), "b.txt"], sources);
    }

    [Fact]
    public void Non_recursive_walk_reads_only_the_top_level()
    {
        using var temp = new TempDirectory();
        temp.Write("top.txt", "top");
        temp.Write("sub/deep.txt", "deep");

        var items = ReadAll(new IngestOptions { Recursive = false }, temp.Root);

        Assert.Equal(Path.Combine(temp.Root, "top.txt"), Assert.Single(items).Source);
    }

    [Fact]
    public void An_explicitly_named_file_is_read_even_if_a_walk_would_skip_it()
    {
        using var temp = new TempDirectory();
        var hidden = temp.Write(".draft.txt", "a draft the user asked for");

        var input = Raw(Assert.Single(ReadAll(hidden)));

        Assert.Equal("a draft the user asked for", ContentText(input));
    }

    [Fact]
    public void Empty_file_is_a_specific_error()
    {
        using var temp = new TempDirectory();
        var empty = temp.Write("empty.html", "");

        Assert.Equal(new InputError(empty, "empty file (0 bytes)"), Assert.Single(ReadAll(empty)));
    }

    [Fact]
    public void Png_is_rejected_early_as_binary_when_format_is_auto()
    {
        using var temp = new TempDirectory();
        var png = temp.Write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

        Assert.Equal("binary file (PNG image), not an article", Error(Assert.Single(ReadAll(png))).Reason);
    }

    [Fact]
    public void Forced_format_applies_to_every_file_and_skips_binary_sniffing()
    {
        using var temp = new TempDirectory();
        var page = temp.Write("story.txt", "<p>Marked up, but forced to Plain.</p>");
        var png = temp.Write("photo.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var items = ReadAll(new IngestOptions { Format = InputFormat.Plain }, page, png);

        Assert.All(items, item => Assert.Equal(InputFormat.Plain, Raw(item).Format));
    }

    [Fact]
    public void Single_article_gets_a_content_id_and_its_source_as_metadata()
    {
        using var temp = new TempDirectory();
        var bytes = TestBytes.Utf8("<html><p>Bridge reopens after repairs.</p></html>");
        var path = temp.Write("bridge.html", bytes);

        var input = Raw(Assert.Single(ReadAll(path)));

        Assert.Equal(DocumentId.FromContent(bytes), input.Id);
        Assert.Equal(path, input.Metadata.Source);
        Assert.Equal(bytes, input.Content.ToArray());
        Assert.Null(input.DeclaredCharset);
    }

    [Fact]
    public void Same_bytes_give_the_same_id_across_files_and_calls_and_order_is_stable()
    {
        using var temp = new TempDirectory();
        temp.Write("one/copy.txt", "The same wire story, word for word.");
        temp.Write("two/copy.txt", "The same wire story, word for word.");
        temp.Write("two/other.txt", "A different story.");
        var reader = new InputReader();

        var first = reader.Read([temp.Root]).Cast<RawInput>().ToList();
        var second = reader.Read([temp.Root]).Cast<RawInput>().ToList();

        Assert.Equal(first.Select(i => (i.Source, i.Id)), second.Select(i => (i.Source, i.Id)));
        Assert.Equal(first[0].Id, first[1].Id);
        Assert.NotEqual(first[0].Id, first[2].Id);
    }

    [Fact]
    public void Stdin_is_read_from_the_injected_stream_and_its_format_sniffed()
    {
        var html = TestBytes.Utf8("<!DOCTYPE html><html><body>From a pipe</body></html>");
        var options = new IngestOptions { StandardInput = () => new MemoryStream(html) };

        var input = Raw(Assert.Single(ReadAll(options, "-")));

        Assert.Equal("-", input.Source);
        Assert.Equal(InputFormat.Html, input.Format);
        Assert.Equal(DocumentId.FromContent(html), input.Id);
    }

    [Fact]
    public void Stdin_with_json_lines_gets_record_sources()
    {
        var jsonl = TestBytes.Utf8("{\"text\":\"first\"}\n{\"text\":\"second\"}\n");
        var options = new IngestOptions { StandardInput = () => new MemoryStream(jsonl) };

        var sources = ReadAll(options, "-").Select(i => Raw(i).Source);

        Assert.Equal(["-#1", "-#2"], sources);
    }

    [Fact]
    public void Reading_is_lazy_nothing_is_opened_before_enumeration()
    {
        var opened = false;
        var options = new IngestOptions { StandardInput = () => { opened = true; return new MemoryStream("text"u8.ToArray()); } };
        var items = new InputReader(options).Read(["-"]);

        Assert.False(opened);
        Assert.Single(items);
        Assert.True(opened);
    }

    [Fact]
    public void Cancellation_stops_the_stream()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "one");
        temp.Write("b.txt", "two");
        using var cancellation = new CancellationTokenSource();
        var reader = new InputReader();

        using var enumerator = reader.Read([temp.Root], cancellation.Token).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => enumerator.MoveNext());
    }
}
