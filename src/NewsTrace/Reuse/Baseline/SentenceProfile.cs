using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Stories.Features;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Baseline;

/// <summary>
/// One sentence as the baseline comparer sees it: its span, its word count, and a set of features (content words
/// and word bigrams, lower-cased). Bigrams keep some word order, so two sentences that merely share names score lower
/// than a sentence and its reworded copy, which keeps runs of two words ("road transport", "two day", "first snow").
/// </summary>
internal sealed class SentenceProfile
{
    private SentenceProfile(TextSpan span, int words, int contentWords, HashSet<string> features)
    {
        Span = span;
        Words = words;
        ContentWords = contentWords;
        Features = features;
    }

    public TextSpan Span { get; }

    public int Words { get; }

    public int ContentWords { get; }

    public HashSet<string> Features { get; }

    /// <summary>The sentences of a document (the whole text as one when it has no sentence layer), empty ones left out.</summary>
    public static ImmutableArray<SentenceProfile> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = document.GetOrDefault(Layers.Sentences, []);
        if (spans.IsDefaultOrEmpty)
        {
            spans = [new TextSpan(0, document.Text.Length)];
        }

        var builder = ImmutableArray.CreateBuilder<SentenceProfile>(spans.Length);
        foreach (var span in spans)
        {
            var profile = Of(document.Text, span);
            if (profile.Words > 0)
            {
                builder.Add(profile);
            }
        }

        return builder.ToImmutable();
    }

    public static SentenceProfile Of(string text, TextSpan span)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Enumerate(span.Slice(text)))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                words.Add(text.Substring(span.Start + token.Start, token.Length).ToLower(CultureInfo.InvariantCulture));
            }
        }

        var features = new HashSet<string>(StringComparer.Ordinal);
        var content = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!StopWords.Contains(words[i]))
            {
                content++;
                features.Add(Stem(words[i]));
            }

            if (i > 0)
            {
                features.Add(Stem(words[i - 1]) + " " + Stem(words[i]));
            }
        }

        return new SentenceProfile(span, words.Count, content, features);
    }

    /// <summary>A crude stem: the first six letters, so "agreements"/"agreement" and "ratify"/"ratified" agree.</summary>
    private static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    /// <summary>
    /// Weighted shared features over the weighted features of the smaller sentence: a sentence split in two or merged
    /// into a longer one still scores high against its source. <paramref name="weight"/> makes features that occur in
    /// many sentences ("velichko" in a story about Velichko) count less than the ones that single a sentence out.
    /// </summary>
    public double Containment(SentenceProfile other, Func<string, double> weight)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(weight);
        var (small, large) = Features.Count <= other.Features.Count ? (Features, other.Features) : (other.Features, Features);
        var total = 0.0;
        var shared = 0.0;
        foreach (var feature in small)
        {
            var w = weight(feature);
            total += w;
            shared += large.Contains(feature) ? w : 0;
        }

        return total == 0 ? 0 : shared / total;
    }
}
