using NewsTrace.Documents;
using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class JsonlInputTests
{
    [Fact]
    public void Records_become_inputs_with_metadata_and_extra_fields()
    {
        using var temp = new TempDirectory();
        const string line = """{"id":"r-17","url":"https://example.org/a","title":" Dam opens ","text":"Water flows again.","published":"2023-10-19T08:30:00+02:00","site":"Example Daily","authors":["Ann Lee","Bo Chan"],"language":"en-GB","section":"Local","score":4.5,"tags":["dam","water"]}""";
        var path = temp.Write("records.jsonl", line + "\n");

        var input = Raw(Assert.Single(ReadAll(path)));

        Assert.Equal(path + "#1", input.Source);
        Assert.Equal(DocumentId.FromContent(TestBytes.Utf8(line)), input.Id);
        Assert.Equal(InputFormat.Text, input.Format);
        Assert.True(input.IsDecodedText);
        Assert.Equal("utf-8", input.DeclaredCharset);
        Assert.Equal("Water flows again.", ContentText(input));
        var metadata = input.Metadata;
        Assert.Equal(path + "#1", metadata.Source);
        Assert.Equal("r-17", metadata.RecordId);
        Assert.Equal("https://example.org/a", metadata.Url);
        Assert.Equal("Dam opens", metadata.Title);
        Assert.Equal("2023-10-19T08:30:00+02:00", metadata.Published.ToString());
        Assert.Equal("Example Daily", metadata.Site);
        Assert.Equal(["Ann Lee", "Bo Chan"], metadata.Authors.ToArray());
        Assert.Equal("en", metadata.Language);
        Assert.Equal("Local", metadata.Extra["section"]);
        Assert.Equal("4.5", metadata.Extra["score"]);
        Assert.Equal("[\"dam\",\"water\"]", metadata.Extra["tags"]);
        Assert.Empty(input.Warnings);
    }

    [Fact]
    public void Html_records_are_html_and_text_wins_when_both_are_given()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """
            {"html":"<p>Only markup</p>"}
            {"text":"Scraped text","html":"<p>Markup too</p>"}
            {"text":"  ","html":"<p>Text is blank</p>"}
            """);

        var items = ReadAll(path).Select(Raw).ToList();

        Assert.Equal([InputFormat.Html, InputFormat.Text, InputFormat.Html], items.Select(i => i.Format));
        Assert.Equal("<p>Markup too</p>", items[1].Metadata.Extra["html"]);
        Assert.Equal("<p>Text is blank</p>", ContentText(items[2]));
    }

    [Fact]
    public void Field_map_renames_before_interpretation_and_keeps_displaced_fields()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """{"headline":"Mapped title","title":"Original title","body":"Body text","when":"2024-01-02"}""");
        var options = new IngestOptions { FieldMap = FieldMap.Parse("title=headline,text=body,published=when") };

        var input = Raw(Assert.Single(ReadAll(options, path)));

        Assert.Equal("Mapped title", input.Metadata.Title);
        Assert.Equal("Body text", ContentText(input));
        Assert.Equal("2024-01-02", input.Metadata.Published.ToString());
        Assert.Equal("Original title", input.Metadata.Extra["title"]);
        Assert.False(input.Metadata.Extra.ContainsKey("headline"));
    }

    [Fact]
    public void News_please_field_names_are_read_through_the_default_aliases()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("np.jsonl", """{"maintext":"Main text","date_publish":"2023-10-19 08:30:00","source_domain":"example.org","authors":["Kim"],"description":"A summary"}""");

        var input = Raw(Assert.Single(ReadAll(path)));

        Assert.Equal("Main text", ContentText(input));
        Assert.Equal("2023-10-19T08:30:00", input.Metadata.Published.ToString());
        Assert.Equal("example.org", input.Metadata.Site);
        Assert.Equal("A summary", input.Metadata.Extra["description"]);
    }

    [Fact]
    public void An_alias_does_not_override_a_field_of_the_real_name()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """{"text":"Real text","maintext":"Alias text"}""");

        var input = Raw(Assert.Single(ReadAll(path)));

        Assert.Equal("Real text", ContentText(input));
        Assert.Equal("Alias text", input.Metadata.Extra["maintext"]);
    }

    [Fact]
    public void Bad_lines_are_errors_with_their_line_number_and_reading_goes_on()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", "{\"text\":\"one\"}\n{not json\n\n[1,2]\n{\"title\":\"no body\",\"url\":\"u\"}\n{\"text\":42}\n{\"text\":\"last\"}");

        var items = ReadAll(path);

        Assert.Equal(6, items.Count);
        Assert.Equal(path + "#1", Raw(items[0]).Source);
        Assert.Equal(path + "#2", items[1].Source);
        Assert.StartsWith("invalid JSON: ", Error(items[1]).Reason, StringComparison.Ordinal);
        Assert.Equal(new InputError(path + "#4", "expected a JSON object, found an array"), items[2]);
        Assert.Equal(path + "#5", items[3].Source);
        Assert.Contains("neither a 'text' nor an 'html' field (its fields are title, url)", Error(items[3]).Reason, StringComparison.Ordinal);
        Assert.Equal(new InputError(path + "#6", "field 'text' must be a string, found a number"), items[4]);
        Assert.Equal(path + "#7", Raw(items[5]).Source);
    }

    [Fact]
    public void Published_accepts_rfc1123_and_unix_seconds_and_keeps_what_it_cannot_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """
            {"text":"a","published":"Thu, 19 Oct 2023 08:30:00 GMT"}
            {"text":"b","published":1697704215}
            {"text":"c","published":"last Tuesday"}
            """);

        var items = ReadAll(path).Select(Raw).ToList();

        Assert.Equal("2023-10-19T08:30:00+00:00", items[0].Metadata.Published.ToString());
        Assert.Equal("2023-10-19T08:30:15+00:00", items[1].Metadata.Published.ToString());
        Assert.Null(items[2].Metadata.Published);
        Assert.Equal("last Tuesday", items[2].Metadata.Extra["published_raw"]);
        Assert.Contains("last Tuesday", Assert.Single(items[2].Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_may_be_one_string_or_objects_with_names()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """
            {"text":"a","authors":"Sam Ortiz"}
            {"text":"b","authors":[{"name":"Rae Lin"},"Tom Ode",7]}
            """);

        var items = ReadAll(path).Select(Raw).ToList();

        Assert.Equal(["Sam Ortiz"], items[0].Metadata.Authors.ToArray());
        Assert.Equal(["Rae Lin", "Tom Ode"], items[1].Metadata.Authors.ToArray());
        Assert.Single(items[1].Warnings);
    }

    [Fact]
    public void Record_text_format_plain_is_honoured()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", """{"text":"Keep offsets exact."}""");

        var input = Raw(Assert.Single(ReadAll(new IngestOptions { RecordTextFormat = InputFormat.Plain }, path)));

        Assert.Equal(InputFormat.Plain, input.Format);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_do_not_change_ids()
    {
        using var temp = new TempDirectory();
        const string line = """{"text":"same record"}""";
        var unix = temp.Write("unix.jsonl", line + "\n");
        var windows = temp.Write("windows.jsonl", TestBytes.Concat([0xEF, 0xBB, 0xBF], TestBytes.Utf8(line + "\r\n")));

        var items = ReadAll(unix, windows).Select(Raw).ToList();

        Assert.Equal(items[0].Id, items[1].Id);
    }

    [Fact]
    public void Over_long_line_with_a_small_limit_is_skipped()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", "{\"text\":\"" + new string('x', 300) + "\"}\n{\"text\":\"short\"}\n");

        var items = ReadAll(new IngestOptions { MaxInputBytes = 100 }, path);

        Assert.StartsWith("line 1 is longer than the limit of 100 bytes", Error(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal("short", ContentText(Raw(items[1])));
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_an_invalid_json_error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("r.jsonl", TestBytes.Concat(TestBytes.Utf8("{\"text\":\"bad "), [0xFF, 0xFE], TestBytes.Utf8("\"}\n{\"text\":\"good\"}")));

        var items = ReadAll(path);

        Assert.StartsWith("invalid JSON: ", Error(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal("good", ContentText(Raw(items[1])));
    }

    [Fact]
    public void A_pretty_printed_json_file_is_not_taken_for_json_lines()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("export.json", "{\n  \"text\": \"x\"\n}\n");

        Assert.Contains("not JSON Lines", Error(Assert.Single(ReadAll(path))).Reason, StringComparison.Ordinal);
    }
}
