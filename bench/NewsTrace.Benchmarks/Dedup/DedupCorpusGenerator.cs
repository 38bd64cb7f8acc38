using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Benchmarks.Dedup;

/// <summary>
/// Writes a deterministic JSON Lines corpus for the dedup benchmark: news-length synthetic articles ({"id", "title", "text"})
/// with planted near-duplicates of earlier articles (exact copies re-formatted, trimmed copies, copies with two to six words edited),
/// and a truth file listing each planted duplicate with its original, to measure recall.
/// </summary>
/// <remarks>
/// Words come from a Zipf distribution over common English function words and a large invented vocabulary, so unrelated
/// articles share common phrases the way real news does, but rarely long runs of words. The same arguments always give the
/// same bytes.
/// </remarks>
internal sealed class DedupCorpusGenerator
{
    private const int ContentWords = 40_000;
    private const double DuplicateShare = 0.2;

    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "in", "a", "said", "on", "that", "for", "is", "was", "with", "he", "it", "as", "at", "by",
        "from", "his", "has", "have", "an", "be", "are", "were", "which", "this", "but", "not", "they", "its", "after", "had",
        "who", "will", "been", "their", "would", "more", "also", "than", "year", "about", "new", "up", "two", "people", "she",
        "government", "over", "one", "last", "told", "into", "when", "could", "minister", "week", "officials", "there", "all",
        "out", "first", "police", "president", "can", "other", "her", "years", "we", "some", "state", "no", "before", "our",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "ve", "ri", "ston", "mar", "del", "an", "ber", "tho", "nu", "gra", "pel", "sim", "dor", "ta", "lin", "vo",
        "quen", "ra", "mis", "tel", "ba", "cor", "ent", "ham", "ol", "pri", "sa", "wen", "ut", "ex", "jor", "fi", "nad", "ges",
    ];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public DedupCorpusGenerator()
    {
        var random = new Random(4242);
        var words = new List<string>(FunctionWords);
        var seen = new HashSet<string>(words, StringComparer.Ordinal);
        while (words.Count < FunctionWords.Length + ContentWords)
        {
            var length = random.Next(2, 5);
            var word = new StringBuilder();
            for (var s = 0; s < length; s++)
            {
                word.Append(Syllables[random.Next(Syllables.Length)]);
            }

            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        _vocabulary = [.. words];

        // Zipf with exponent 1: the k-th word has weight 1/k.
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var k = 0; k < _vocabulary.Length; k++)
        {
            total += 1.0 / (k + 1);
            _cumulative[k] = total;
        }

        for (var k = 0; k < _cumulative.Length; k++)
        {
            _cumulative[k] /= total;
        }
    }

    /// <summary>Writes <paramref name="documents"/> records to <paramref name="corpusPath"/> and the planted pairs to <paramref name="truthPath"/>.</summary>
    public void Write(string corpusPath, string truthPath, int documents)
    {
        var random = new Random(20251122);
        var originals = new List<(string Id, string Title, string Text)>();
        using var corpus = new FileStream(corpusPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(corpus);
        using var truth = new StreamWriter(truthPath, append: false, new UTF8Encoding(false));
        truth.NewLine = "\n";
        truth.WriteLine("id\toriginal\tkind");
        for (var i = 0; i < documents; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"doc-{i:D7}");
            string title, text;
            if (originals.Count > 100 && random.NextDouble() < DuplicateShare)
            {
                // Copies follow their original within a few thousand records, as wire copies follow the wire.
                var original = originals[originals.Count - 1 - random.Next(Math.Min(originals.Count, 5000))];
                var kind = random.Next(3);
                (title, text) = kind switch
                {
                    0 => (original.Title, Reformat(original.Text, random)),
                    1 => (original.Title, Trim(original.Text, random)),
                    _ => (original.Title, Edit(original.Text, random)),
                };
                truth.WriteLine($"{id}\t{original.Id}\t{(kind == 0 ? "exact" : kind == 1 ? "trim" : "edit")}");
            }
            else
            {
                title = Sentence(random, random.Next(6, 12)).TrimEnd('.');
                text = Article(random);
                originals.Add((id, title, text));
            }

            writer.Reset(corpus);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("title", title);
            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.Flush();
            corpus.WriteByte((byte)'\n');
        }
    }

    private string Article(Random random)
    {
        // About 4,300 characters on average, from 2,500 to 6,100.
        var target = random.Next(2500, 6100);
        var text = new StringBuilder(target + 400);
        while (text.Length < target)
        {
            var sentences = random.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Sentence(random, random.Next(12, 30))).Append(' ');
            }

            text.Length--;
            text.Append("\n\n");
        }

        return text.ToString().TrimEnd();
    }

    private string Sentence(Random random, int words)
    {
        var sentence = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = random.Next(40) == 0 ? random.Next(2, 9999).ToString(CultureInfo.InvariantCulture) : Word(random);
            if (w == 0 || random.Next(12) == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            sentence.Append(word);
            sentence.Append(w == words - 1 ? "." : random.Next(10) == 0 ? ", " : " ");
        }

        return sentence.ToString();
    }

    private string Word(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }

    /// <summary>The same words with other line breaks, spacing and case: normalised content is equal.</summary>
    private static string Reformat(string text, Random random)
        => random.Next(2) == 0 ? text.Replace("\n\n", "\n", StringComparison.Ordinal) : text.ToUpperInvariant().Replace(". ", ".  ", StringComparison.Ordinal);

    /// <summary>The first 85 to 97% of the text, cut at a space.</summary>
    private static string Trim(string text, Random random)
    {
        var keep = (int)(text.Length * (0.85 + (random.NextDouble() * 0.12)));
        var cut = text.LastIndexOf(' ', keep);
        return cut > 0 ? text[..cut] : text;
    }

    /// <summary>Two to six words replaced by other words.</summary>
    private string Edit(string text, Random random)
    {
        var words = text.Split(' ');
        var edits = random.Next(2, 7);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(words.Length);
            words[position] = Word(random);
        }

        return string.Join(' ', words);
    }
}
