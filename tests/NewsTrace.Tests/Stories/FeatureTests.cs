using NewsTrace.Entities;
using NewsTrace.Stories.Clustering;
using NewsTrace.Stories.Features;

namespace NewsTrace.Tests.Stories;

public sealed class FeatureTests
{
    [Fact]
    public void Names_are_capitalised_words_where_no_sentence_starts_and_numbers_keep_their_digits()
    {
        var terms = ContentTerms.Extract("Police said Tara Reid left the clinic. Police closed 1,200 roads.\nFloods hit Dorvan.");

        Assert.Equal(TermClass.Name, terms["tara"].Class);
        Assert.Equal(TermClass.Name, terms["dorvan"].Class);
        Assert.Equal(TermClass.Word, terms["police"].Class);
        Assert.Equal(2, terms["police"].Count);
        // Terms are transliteration keys (doubled letters once): "floods" → "flood" → "flod".
        Assert.Equal(TermClass.Word, terms[NameKey.OfWord("flood")].Class);
        Assert.Equal(new TermCount(1, TermClass.Number), terms["1200"]);
        Assert.False(terms.ContainsKey("said"));
        Assert.False(terms.ContainsKey("the"));
    }

    [Fact]
    public void Weekdays_and_months_are_calendar_terms_not_names()
    {
        var terms = ContentTerms.Extract("Crews worked on Wednesday and Thursday. Wednesday was calm. Talks resume in Oct. and the Sun says crowds will march in March.");

        Assert.Equal(new TermCount(2, TermClass.Calendar), terms[NameKey.OfWord("wednesday")]);
        Assert.Equal(TermClass.Calendar, terms[NameKey.OfWord("thursday")].Class);
        Assert.Equal(TermClass.Calendar, terms["oct."].Class);
        // A bare three-letter form is as likely a name; the lower-case verb is a word until the month is written.
        Assert.Equal(TermClass.Name, terms[NameKey.OfWord("sun")].Class);
        Assert.Equal(new TermCount(2, TermClass.Calendar), terms[NameKey.OfWord("march")]);
    }

    [Fact]
    public void Quotations_give_shingles_of_three_content_words_and_only_with_quotes()
    {
        const string text = "The mayor said “the bridge will open in spring” and, in a plain-text corpus, ``we will pay for the steel girders '' today.\n"
            + "An \"unclosed quotation runs to the paragraph end\nOutside words never make shingles here.";

        var quotes = ContentTerms.ExtractWithQuotes(text).Where(t => t.Value.Class == TermClass.Quote).Select(t => t.Key).Order(StringComparer.Ordinal).ToArray();

        string Shingle(params string[] words) => QuoteShingles.Marker + string.Join(' ', words.Select(w => NameKey.OfWord(SuffixStripper.Strip(w))));
        Assert.Equal(new[] { Shingle("bridge", "open", "spring"), Shingle("pay", "steel", "girders"), Shingle("unclosed", "quotation", "runs"), Shingle("quotation", "runs", "paragraph"), Shingle("runs", "paragraph", "end") }.Order(StringComparer.Ordinal), quotes);
        Assert.DoesNotContain(ContentTerms.Extract(text).Values, t => t.Class == TermClass.Quote);
    }

    [Fact]
    public void Spellings_of_one_name_are_one_term()
    {
        var terms = ContentTerms.Extract("Talks with Velichko began. Officials met Velitchko later, and Sergei and Sergey spoke.");

        Assert.Equal(2, terms[NameKey.OfWord("velichko")].Count);
        Assert.Equal(2, terms[NameKey.OfWord("sergei")].Count);
    }

    [Theory]
    [InlineData("protests", "protest")]
    [InlineData("protested", "protest")]
    [InlineData("protesting", "protest")]
    [InlineData("stopped", "stop")]
    [InlineData("killed", "kill")]
    [InlineData("injuries", "injury")]
    [InlineData("churches", "church")]
    [InlineData("crisis", "crisis")]
    [InlineData("bus", "bus")]
    [InlineData("focus", "focus")]
    public void Suffix_stripping_removes_inflections_only(string word, string expected)
    {
        Assert.Equal(expected, SuffixStripper.Strip(word));
    }

    [Fact]
    public void Document_frequencies_count_documents_and_the_idf_falls_as_they_grow()
    {
        var frequencies = new DocumentFrequencies();
        frequencies.Add([0, 1]);
        frequencies.Add([1]);

        Assert.Equal(2, frequencies.DocumentCount);
        Assert.Equal(1, frequencies.Count(0));
        Assert.Equal(2, frequencies.Count(1));
        Assert.Equal(0, frequencies.Count(7));
        Assert.Equal(Math.Log(3.0 / 2) + 1, frequencies.InverseFrequency(0), 12);
        Assert.True(frequencies.InverseFrequency(0) > frequencies.InverseFrequency(1));
    }

    [Fact]
    public void Sparse_cosine_walks_ids_in_order()
    {
        var a = new SparseVector([1, 4, 9], [3f, 4f, 0f]).Normalized();
        var b = new SparseVector([4, 5], [2f, 2f]).Normalized();

        Assert.Equal(1.0, a.Norm(), 6);
        Assert.Equal(0.8 * Math.Sqrt(0.5), a.Dot(b), 6);
        Assert.Throws<ArgumentException>(() => new SparseVector([2, 1], [1f, 1f]));
    }

    [Fact]
    public void Average_link_merges_the_closest_pair_then_averages()
    {
        // Leaves 0 and 1 are close (0.9); 2 is 0.1 from 0 and 0.3 from 1, so 0.2 from their union.
        float[] matrix = [1f, 0.9f, 0.1f, 0.9f, 1f, 0.3f, 0.1f, 0.3f, 1f];

        var merges = AverageLinkDendrogram.Build(matrix, 3);

        Assert.Equal(2, merges.Count);
        Assert.Equal((0, 1), (merges[0].Left, merges[0].Right));
        Assert.Equal(0.9, merges[0].Similarity, 6);
        Assert.Equal(0.2, merges[1].Similarity, 6);
        Assert.Equal([0, 0, 2], AverageLinkDendrogram.Cut(merges, 3, 0.5));
        Assert.Equal([0, 0, 0], AverageLinkDendrogram.Cut(merges, 3, 0.15));
    }

    [Fact]
    public void Forced_pairs_merge_first_and_every_cut_keeps_them()
    {
        // 0 and 2 are a reuse link despite a low similarity; the union's similarity to 1 is the mean of 0.9 and 0.3.
        float[] matrix = [1f, 0.9f, 0.1f, 0.9f, 1f, 0.3f, 0.1f, 0.3f, 1f];

        var merges = AverageLinkDendrogram.Build(matrix, 3, [(2, 0)]);

        Assert.Equal(new ClusterMerge(0, 2, double.PositiveInfinity), merges[0]);
        Assert.Equal(0.6, merges[1].Similarity, 6);
        Assert.Equal([0, 1, 0], AverageLinkDendrogram.Cut(merges, 3, 0.95));
    }
}
