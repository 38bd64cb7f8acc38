using NewsTrace.Reuse;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class PairComparerTests
{
    // A short fictional wire story and versions of it, written for these tests.
    private const string Wire =
        "Dockworkers at the port of Tarsen walked off the job on Monday, halting grain exports for the first time in nine years. "
        + "The harbour union said 1,850 members had joined the strike after talks with Kessel Maritime broke down on Sunday. "
        + "Union leader Oskar Hallberg said the company had offered a pay rise of 2.5 percent, far below the 7 percent the workers demand. "
        + "Kessel Maritime warned that the stoppage would cost the regional economy about 4 million crowns a day. "
        + "At least 14 vessels were waiting at anchor off the harbour by Monday evening. "
        + "The regional mediator, Greta Lindqvist, invited both sides to a meeting on Wednesday.";

    // Reordered, reworded, one sentence split and one dropped: a rewrite with few runs of five identical words.
    private const string Rewrite =
        "Mediator Greta Lindqvist has called both parties to talks on Wednesday. "
        + "Grain exports from Tarsen stopped on Monday as port workers went on strike, a first in nine years. "
        + "According to the union, 1,850 of its members joined the walkout once negotiations with Kessel Maritime collapsed on Sunday. "
        + "Oskar Hallberg, who leads the union, noted that the firm proposed a 2.5 percent wage increase. "
        + "The workers want 7 percent. "
        + "By Monday evening, 14 ships or more lay at anchor outside the port.";

    private const string Unrelated =
        "A wildfire in the hills above Brenholm forced about 900 people from their homes on Saturday. "
        + "Fire chief Lukas Amberg said strong winds had pushed the flames towards the town. "
        + "Two water-bombing aircraft joined crews from four districts. "
        + "Forecasters expect the wind to weaken on Sunday.";

    private const string SameStory =
        "Cranes stood idle at Tarsen on Monday as a wage dispute shut the grain terminal. "
        + "Hundreds of dockers gathered at the harbour gates with banners. "
        + "A spokeswoman for Kessel Maritime, Annika Roos, said the firm could not afford what Oskar Hallberg's union wants. "
        + "Economists estimate each day of the strike costs exporters several million crowns.";

    private static readonly PairComparer Comparer = new();

    [Fact]
    public void Identical_texts_after_normalisation_are_identical_with_similarity_one()
    {
        var comparison = Comparer.Compare(ReuseDocuments.Of(Wire, "a"), ReuseDocuments.Of(Wire.Replace(". ", ".  \n", StringComparison.Ordinal).ToUpperInvariant(), "b"));

        Assert.Equal(ReuseRelation.Identical, comparison.Relation);
        Assert.Equal(1.0, comparison.Similarity);
        Assert.Equal("a", comparison.LeftId);
        Assert.Equal("b", comparison.RightId);
    }

    [Fact]
    public void A_reordered_reworded_version_is_a_rewrite_with_reworded_passages()
    {
        var comparison = Comparer.Compare(ReuseDocuments.Of(Wire), ReuseDocuments.Of(Rewrite));

        Assert.Equal(ReuseRelation.Rewrite, comparison.Relation);
        Assert.True(comparison.LeftCoverage >= 0.6, $"left coverage {comparison.LeftCoverage}");
        Assert.True(comparison.RightCoverage >= 0.8, $"right coverage {comparison.RightCoverage}");
        Assert.All(comparison.Passages, p => Assert.Equal(PassageMatch.Reworded, p.Match));
    }

    [Fact]
    public void A_moved_sentence_is_aligned_where_it_went()
    {
        var left = ReuseDocuments.Of(Wire);
        var right = ReuseDocuments.Of(Rewrite);

        var comparison = Comparer.Compare(left, right);

        var mediator = Assert.Single(comparison.Passages, p => p.Left.Of(left.Text).Contains("Lindqvist", StringComparison.Ordinal));
        Assert.StartsWith("Mediator Greta Lindqvist", mediator.Right.Of(right.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_sentence_is_one_passage_over_both_halves()
    {
        var left = ReuseDocuments.Of(Wire);
        var right = ReuseDocuments.Of(Rewrite);

        var comparison = Comparer.Compare(left, right);

        var pay = Assert.Single(comparison.Passages, p => p.Left.Of(left.Text).Contains("2.5 percent", StringComparison.Ordinal));
        Assert.Equal(
            "Oskar Hallberg, who leads the union, noted that the firm proposed a 2.5 percent wage increase. The workers want 7 percent.",
            pay.Right.Of(right.Text));
    }

    [Fact]
    public void Every_passage_spans_whole_sentences_in_left_order()
    {
        var left = ReuseDocuments.Of(Wire);
        var right = ReuseDocuments.Of(Rewrite);

        var comparison = Comparer.Compare(left, right);

        var leftStarts = left.Get(NewsTrace.Pipeline.Layers.Sentences).Select(s => s.Start).ToHashSet();
        var leftEnds = left.Get(NewsTrace.Pipeline.Layers.Sentences).Select(s => s.End).ToHashSet();
        var rightStarts = right.Get(NewsTrace.Pipeline.Layers.Sentences).Select(s => s.Start).ToHashSet();
        var rightEnds = right.Get(NewsTrace.Pipeline.Layers.Sentences).Select(s => s.End).ToHashSet();
        Assert.NotEmpty(comparison.Passages);
        Assert.All(comparison.Passages, p =>
        {
            Assert.Contains(p.Left.Start, leftStarts);
            Assert.Contains(p.Left.End, leftEnds);
            Assert.Contains(p.Right.Start, rightStarts);
            Assert.Contains(p.Right.End, rightEnds);
            Assert.InRange(p.Similarity, 0.0, 1.0);
        });
        Assert.Equal(comparison.Passages.OrderBy(p => p.Left.Start), comparison.Passages);
    }

    [Fact]
    public void A_trimmed_copy_under_a_new_headline_is_a_near_copy_with_verbatim_passages()
    {
        var trimmed = "Port strike halts Tarsen grain\n\n" + Wire[..Wire.LastIndexOf("The regional mediator", StringComparison.Ordinal)];

        var comparison = Comparer.Compare(ReuseDocuments.Of(Wire), ReuseDocuments.Of(trimmed));

        Assert.Equal(ReuseRelation.NearCopy, comparison.Relation);
        Assert.All(comparison.Passages, p => Assert.Equal(PassageMatch.Verbatim, p.Match));
        Assert.True(comparison.Similarity > 0.8, $"similarity {comparison.Similarity}");
    }

    [Fact]
    public void Three_sentences_embedded_in_another_story_are_partial_reuse()
    {
        var sentences = Wire.Split(". ");
        var excerpt = string.Join(". ", sentences[1..4]) + ".";
        var host = Unrelated.Replace("Two water-bombing", excerpt + " Two water-bombing", StringComparison.Ordinal);

        var comparison = Comparer.Compare(ReuseDocuments.Of(Wire), ReuseDocuments.Of(host));

        Assert.Equal(ReuseRelation.PartialReuse, comparison.Relation);
        Assert.Equal(3, comparison.Passages.Count(p => p.Match == PassageMatch.Verbatim));
    }

    [Fact]
    public void An_independent_report_of_the_same_event_is_the_same_story_without_verbatim_passages()
    {
        var analysis = Comparer.Analyze(ReuseDocuments.Of(Wire), ReuseDocuments.Of(SameStory));

        Assert.Equal(ReuseRelation.SameStory, analysis.Comparison.Relation);
        Assert.Equal(0, analysis.Evidence.VerbatimWords);
        Assert.True(analysis.Evidence.SharedNames >= 2);
    }

    [Fact]
    public void Different_stories_are_unrelated_with_low_similarity()
    {
        var comparison = Comparer.Compare(ReuseDocuments.Of(Wire), ReuseDocuments.Of(Unrelated));

        Assert.Equal(ReuseRelation.Unrelated, comparison.Relation);
        Assert.True(comparison.Similarity < 0.15, $"similarity {comparison.Similarity}");
    }

    [Theory]
    [InlineData(Wire, Rewrite)]
    [InlineData(Wire, SameStory)]
    [InlineData(Wire, Unrelated)]
    [InlineData(Rewrite, SameStory)]
    public void The_relation_does_not_depend_on_which_text_is_left(string first, string second)
    {
        var forward = Comparer.Compare(ReuseDocuments.Of(first), ReuseDocuments.Of(second));
        var backward = Comparer.Compare(ReuseDocuments.Of(second), ReuseDocuments.Of(first));

        Assert.Equal(forward.Relation, backward.Relation);
        Assert.Equal(forward.LeftCoverage, backward.RightCoverage, 6);
    }

    [Fact]
    public void A_paraphrased_sentence_scores_well_above_a_related_but_different_one()
    {
        const string sentence = "Police arrested two men on Sunday after a robbery at a jewellery store in the city centre.";
        const string paraphrase = "Two men were detained by police on Sunday following a jewellery shop robbery downtown.";
        const string related = "Police are still searching for a third suspect, who fled on a motorcycle.";

        var close = Comparer.Compare(ReuseDocuments.Of(sentence), ReuseDocuments.Of(paraphrase));
        var far = Comparer.Compare(ReuseDocuments.Of(sentence), ReuseDocuments.Of(related));

        Assert.Equal(ReuseRelation.Rewrite, close.Relation);
        Assert.True(close.Similarity > 0.5, $"paraphrase {close.Similarity}");
        Assert.True(far.Similarity < 0.2, $"related {far.Similarity}");
    }

    [Fact]
    public void Different_figures_in_the_same_words_lower_the_similarity()
    {
        const string sentence = "The company said its quarterly profit rose 12 percent to 4.2 million crowns.";
        const string sameFigures = "Quarterly profit at the company climbed 12 percent to 4.2 million crowns.";
        const string otherFigures = "Quarterly profit at the company climbed 3 percent to 1.1 million crowns.";

        var same = Comparer.Compare(ReuseDocuments.Of(sentence), ReuseDocuments.Of(sameFigures));
        var other = Comparer.Compare(ReuseDocuments.Of(sentence), ReuseDocuments.Of(otherFigures));

        Assert.True(other.Similarity < same.Similarity - 0.2, $"same figures {same.Similarity}, other figures {other.Similarity}");
    }

    [Fact]
    public void Empty_texts_compare_without_error()
    {
        var comparison = Comparer.Compare(ReuseDocuments.Of("", "a"), ReuseDocuments.Of(Wire, "b"));

        Assert.Equal(ReuseRelation.Unrelated, comparison.Relation);
        Assert.Equal(0, comparison.Similarity);
        Assert.Empty(comparison.Passages);
    }

    [Fact]
    public void A_corpus_rarity_table_is_used_when_given()
    {
        var rarity = TermRarity.FromTexts([Wire, Unrelated, SameStory, "Police said the port was busy.", "The union met on Monday."]);
        var comparer = new PairComparer(rarity: rarity);

        var comparison = comparer.Compare(ReuseDocuments.Of(Wire), ReuseDocuments.Of(Rewrite));

        Assert.Equal(ReuseRelation.Rewrite, comparison.Relation);
        Assert.True(rarity.InverseFrequency("lindqvist") > rarity.InverseFrequency("union"));
    }
}
