using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Discrepancies;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Reuse.Discrepancies;

/// <summary>Discrepancies between two one-passage documents aligned whole, with the real analysis layers.</summary>
public sealed class DiscrepancyFinderTests
{
    private static readonly DocumentPipeline Pipeline = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Add(new EntityStage())
        .Add(new QuoteStage())
        .Build();

    [Theory]
    [InlineData("Police said 5,000 people marched through Velgrad on Saturday.", "Police said 500 people marched through Velgrad on Saturday.", DiscrepancyField.Number)]
    [InlineData("The talks in Dorvan lasted three hours, officials said.", "The talks in Dorvan lasted two hours, officials said.", DiscrepancyField.Number)]
    [InlineData("The minister arrived in Dorvan on Wednesday for talks.", "The minister arrived in Dorvan on Tuesday for talks.", DiscrepancyField.Date)]
    [InlineData("“We will give our full support to the plan,” the minister told reporters.", "“We will give our complete support to the plan,” the minister told reporters.", DiscrepancyField.Quote)]
    public void A_changed_fact_is_found_with_its_field(string original, string copy, DiscrepancyField field)
    {
        var found = Find(original, copy);

        var discrepancy = Assert.Single(found);
        Assert.Equal(field, discrepancy.Field);
        Assert.Equal(DiscrepancySeverity.High, discrepancy.Severity);
        Assert.Equal("a", discrepancy.Original.ArticleId);
        Assert.Equal("b", discrepancy.Changed.ArticleId);
        Assert.NotEqual(discrepancy.Original.Text, discrepancy.Changed.Text);
    }

    [Theory]
    [InlineData("Trade fell to $1.9 billion last year, customs data show.", "Trade fell to $1.9 billion in 2023, customs data show.")]
    [InlineData("The ministers held frank talks about the bridge in Dorvan.", "The ministers held candid talks about the bridge in Dorvan.")]
    [InlineData("The minister said the plan was a good start for the region.", "The minister stated the plan was a fine start for the region.")]
    public void Reworded_words_and_equal_dates_are_not_discrepancies(string original, string copy)
        => Assert.Empty(Find(original, copy));

    [Fact]
    public void A_near_copy_published_months_later_is_a_date_discrepancy_between_metadata()
    {
        var text = "The bridge over the Lesna river will be rebuilt by the two governments, the ministers said.";
        var original = Analyse("a", text, new PublishDate(new DateOnly(2024, 10, 17), new TimeOnly(18, 40), TimeSpan.FromHours(1)));
        var copy = Analyse("b", text, new PublishDate(new DateOnly(2025, 3, 4), new TimeOnly(6, 12), TimeSpan.Zero));
        var comparison = Whole(original, copy, ReuseRelation.NearCopy);

        var found = new DiscrepancyFinder().Find(original, copy, comparison);

        var discrepancy = Assert.Single(found);
        Assert.Equal(DiscrepancyField.Date, discrepancy.Field);
        Assert.Null(discrepancy.Original.Passage);
        Assert.Equal("2024-10-17T18:40+01:00", discrepancy.Original.Text);
        Assert.Equal("2025-03-04T06:12+00:00", discrepancy.Changed.Text);
    }

    [Fact]
    public void The_comparison_may_name_the_copy_first()
    {
        var original = Analyse("a", "Police said 5,000 people marched through Velgrad on Saturday.");
        var copy = Analyse("b", "Police said 500 people marched through Velgrad on Saturday.");

        var found = new DiscrepancyFinder().Find(original, copy, Whole(original, copy, ReuseRelation.NearCopy).Swapped());

        Assert.Equal("5,000", Assert.Single(found).Original.Text);
    }

    [Fact]
    public void Each_swapped_place_of_a_pair_is_its_own_discrepancy()
    {
        var found = Find("The envoy held talks with Pyongyang and Moscow about the border.", "The envoy held talks with China and Russia about the border.");

        Assert.Equal(["Pyongyang→China", "Moscow→Russia"], found.Select(d => $"{d.Original.Text}→{d.Changed.Text}"));
        Assert.All(found, d => Assert.Equal(DiscrepancyField.Place, d.Field));
    }

    [Fact]
    public void Places_swapped_between_function_words_in_a_reworded_clause_are_found()
    {
        // Only "between" and "and" are kept around the names: the rewriter changed every content word nearby.
        var found = Find(
            "The envoy's trip would mark a milestone in deepening ties between Velgrad and Tevania, state radio said.",
            "The envoy's trip is an important step in strengthening relations between Dorvan and Ostrava, according to state radio.");

        // Invented towns: the tagger may call them names or places; either way the swap is reported, and nothing else.
        Assert.Contains(found, d => d.Original.Text == "Velgrad" && d.Changed.Text == "Dorvan");
        Assert.All(found, d => Assert.Contains(d.Field, new[] { DiscrepancyField.Place, DiscrepancyField.Name }));
    }

    [Fact]
    public void A_quote_reworded_in_a_sentence_the_alignment_paired_elsewhere_is_still_a_quote_discrepancy()
    {
        // Each lead opens with the minister, so the aligner pairs the leads; the quote sits in the other sentence of the copy.
        var original = Analyse("a", "Foreign Minister Anna Velichko praised Tevania for its help and promised Dorvan’s “complete backing and friendship” for President Orlov. Velichko arrived in Velgrad on Tuesday for two days of talks.");
        var copy = Analyse("b", "The foreign ministry said Velichko met President Orlov in Velgrad to deepen ties. Velichko, who arrived on Tuesday, thanked Tevania and promised Orlov “full backing and friendship” from Dorvan.");

        var found = new DiscrepancyFinder().Find(original, copy, BySentence(original, copy));

        var quote = Assert.Single(found, d => d.Field == DiscrepancyField.Quote);
        Assert.Equal("complete", quote.Original.Text);
        Assert.Equal("full", quote.Changed.Text);
        Assert.Contains("promised Dorvan’s", quote.Original.PassageText, StringComparison.Ordinal);
        Assert.Contains("promised Orlov", quote.Changed.PassageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“complete backing and friendship”", "“complete backing and friendship”")]
    [InlineData("“complete backing and friendship”", "“a new chapter for the region”")]
    public void Quotes_kept_whole_or_unrelated_across_sentences_are_not_quote_discrepancies(string originalQuote, string copyQuote)
    {
        var original = Analyse("a", $"Foreign Minister Anna Velichko praised Tevania for its help and promised Dorvan’s {originalQuote} for President Orlov. Velichko arrived in Velgrad on Tuesday for two days of talks.");
        var copy = Analyse("b", $"The foreign ministry said Velichko met President Orlov in Velgrad to deepen ties. Velichko, who arrived on Tuesday, thanked Tevania and promised Orlov {copyQuote} from Dorvan.");

        var found = new DiscrepancyFinder().Find(original, copy, BySentence(original, copy));

        Assert.DoesNotContain(found, d => d.Field == DiscrepancyField.Quote);
    }

    /// <summary>First sentence with first sentence, second with second: the pairing an aligner gives two leads that share the cast.</summary>
    private static PairComparison BySentence(Document a, Document b)
    {
        var left = a.Get(Layers.Sentences);
        var right = b.Get(Layers.Sentences);
        var passages = left.Zip(right, (l, r) => new AlignedPassage(l, r, 0.5, PassageMatch.Reworded)).ToList();
        return new PairComparison(a.Id, b.Id, ReuseRelation.Rewrite, 0.6, 0.9, 0.9, [.. passages]);
    }

    private static System.Collections.Immutable.ImmutableArray<Discrepancy> Find(string original, string copy)
    {
        var a = Analyse("a", original);
        var b = Analyse("b", copy);
        return new DiscrepancyFinder().Find(a, b, Whole(a, b, ReuseRelation.Rewrite));
    }

    private static Document Analyse(string id, string text, PublishDate? published = null)
        => Pipeline.Process(new Document(id, text, new ArticleMetadata { Published = published ?? new PublishDate(new DateOnly(2024, 10, 17)) }));

    private static PairComparison Whole(Document a, Document b, ReuseRelation relation)
        => new(a.Id, b.Id, relation, 0.9, 1, 1, [new AlignedPassage(new TextSpan(0, a.Text.Length), new TextSpan(0, b.Text.Length), 0.9, PassageMatch.Reworded)]);
}
