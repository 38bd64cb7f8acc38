using NewsTrace.Documents;
using NewsTrace.Quotes;
using NewsTrace.Quotes.Variants;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Tests.Quotes.Variants;

public sealed class QuoteVariantGrouperTests
{
    private static QuoteOccurrence Quote(string article, string outlet, string date, string text, string kind = QuoteKinds.Direct, string? speakerId = "e1", int start = 0)
        => new(article, outlet, PublishDate.TryParseIso(date, out var d) ? d : null, new TextSpan(start, start + text.Length), text, kind, speakerId is null ? null : "Speaker " + speakerId, speakerId);

    [Fact]
    public void Full_and_complete_support_are_one_statement_with_the_changed_word_shown()
    {
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("b", "Capital Observer", "2024-10-18T09:30", "complete support and solidarity", QuoteKinds.Partial),
            Quote("a", "Meridian", "2024-10-17T13:05", "full support and solidarity", QuoteKinds.Partial),
            Quote("c", "Harbour Gazette", "2024-10-17T18:40", "We offer our full support and solidarity to the people of the valley."),
        ]);

        var statement = Assert.Single(statements);
        Assert.Equal(["Meridian", "Harbour Gazette", "Capital Observer"], statement.Outlets.ToArray());
        Assert.Equal("full support and solidarity", statement.Text);
        var changed = statement.Variants[2];
        var replaced = Assert.Single(changed.Diff, s => s.Kind != DiffKind.Equal);
        Assert.Equal(DiffKind.Replace, replaced.Kind);
        Assert.Equal("full", replaced.Left.Of(statement.Text));
        Assert.Equal("complete", replaced.Right.Of(changed.Occurrence.Text));
        Assert.Equal("[-full-]{+complete+} support and solidarity", DiffMarkup.Mark(statement.Text, changed.Occurrence.Text, changed.Diff));
        Assert.True(statement.Variants[0].IsVerbatim);
        Assert.True(statement.HasChangedWording);
    }

    [Fact]
    public void Different_statements_stay_apart()
    {
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("a", "Meridian", "2024-10-17", "The bridge will be rebuilt before the first snow."),
            Quote("b", "Courier", "2024-10-17", "The talks were useful but nothing was signed."),
            Quote("c", "Courier", "2024-10-17", "and the"),
        ]);

        Assert.Equal(3, statements.Count);
    }

    [Fact]
    public void Short_quotes_from_different_speakers_are_not_merged_but_a_long_verbatim_one_is()
    {
        const string Long = "We will reopen the crossing at Lesna as soon as the engineers say the river bed is safe.";
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("a", "Meridian", "2024-10-17", "full support and solidarity", speakerId: "e1"),
            Quote("b", "Courier", "2024-10-18", "full support and solidarity", speakerId: "e2"),
            Quote("c", "Meridian", "2024-10-17", Long, speakerId: "e1"),
            Quote("d", "Courier", "2024-10-18", Long, speakerId: "e2"),
        ]);

        Assert.Equal(3, statements.Count);
        Assert.Equal(2, statements[0].Variants.Length);
        Assert.Equal(Long, statements[0].Text);
    }

    [Fact]
    public void Reported_speech_joins_only_when_close_as_a_whole()
    {
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("a", "Meridian", "2024-10-17", "Marovia would help reopen the Lesna crossing", QuoteKinds.Reported),
            Quote("b", "Courier", "2024-10-18", "Marovia would help to reopen the Lesna crossing", QuoteKinds.Reported),
            Quote("c", "Ledger", "2024-10-19", "Marovia would help reopen the Lesna crossing and also fund two schools, a hospital and a new road to the border", QuoteKinds.Reported),
        ]);

        Assert.Equal(2, statements.Count);
        Assert.Equal(["a", "b"], statements[0].Variants.Select(v => v.Occurrence.ArticleId));
    }

    [Fact]
    public void A_short_quote_joins_only_a_text_that_has_its_words_in_a_run()
    {
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("a", "Meridian", "2024-10-17", "steady and generous help", QuoteKinds.Partial),
            Quote("b", "Courier", "2024-10-18", "steady and generous help", QuoteKinds.Partial),
            Quote("c", "Ledger", "2024-10-19", "We thanked the valley and its mayor. Our generous neighbours gave help when the river rose, and we will not forget it.", QuoteKinds.Transcript),
        ]);

        Assert.Equal(2, statements.Count);
        Assert.Equal(["a", "b"], statements[0].Variants.Select(v => v.Occurrence.ArticleId));
    }

    [Fact]
    public void Ids_and_order_do_not_depend_on_input_order()
    {
        var quotes = new[]
        {
            Quote("b", "Courier", "2024-10-18", "full support and solidarity", start: 10),
            Quote("a", "Meridian", "2024-10-17", "full support and solidarity", start: 40),
            Quote("c", "Ledger", "2024-10-19", "nothing like the others at all here"),
        };

        var forward = QuoteVariantGrouper.Group(quotes);
        var backward = QuoteVariantGrouper.Group(quotes.Reverse());

        Assert.Equal(forward.Select(s => s.Id), backward.Select(s => s.Id));
        Assert.Equal("a", forward[0].Variants[0].Occurrence.ArticleId);
        Assert.Matches("^q[0-9a-f]{12}$", forward[0].Id);
    }

    [Fact]
    public void A_paragraph_holding_two_statements_does_not_chain_them_and_a_fragment_joins_its_sentence()
    {
        const string First = "Marovia will give its full support to the plan to reopen the crossing before the first snow.";
        const string Second = "Our engineers are ready to start the moment both parliaments ratify the documents.";
        var statements = QuoteVariantGrouper.Group(
        [
            Quote("a", "Meridian", "2024-10-17T10:00", First),
            Quote("a", "Meridian", "2024-10-17T10:00", Second, start: 200),
            Quote("t", "Ministry", "2024-10-17T09:00", "We signed three agreements today. " + First + " " + Second, QuoteKinds.Transcript),
            Quote("b", "Courier", "2024-10-18", "both parliaments ratify the documents", QuoteKinds.Partial),
        ]);

        Assert.Equal(3, statements.Count);
        var second = Assert.Single(statements, s => s.Text == Second);
        Assert.Equal(["a", "b"], second.Variants.Select(v => v.Occurrence.ArticleId).ToArray());
    }

    [Theory]
    [InlineData("Capital Observer", "https://observer.example/a", "text/a.txt", "Capital Observer")]
    [InlineData(null, "https://www.observer.example/a", "text/a.txt", "www.observer.example")]
    [InlineData(null, null, "feeds/agency.jsonl#2", "agency.jsonl")]
    public void The_outlet_is_the_site_else_the_host_else_the_file(string? site, string? url, string source, string expected)
        => Assert.Equal(expected, QuoteOccurrences.Outlet(ArticleMetadata.Empty with { Site = site, Url = url, Source = source }));
}
