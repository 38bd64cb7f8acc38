using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Stories.Features;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// A document as the comparer sees it: its words as ids (for verbatim runs), its sentences with their terms (for
/// rewording), and its distinct terms. Words inside entity mentions, or capitalised where a sentence does not start,
/// make name terms.
/// </summary>
internal sealed class TextProfile
{
    private TextProfile(string text, int[] words, TextSpan[] wordSpans, SentenceUnit[] sentences, int[] terms)
    {
        Text = text;
        Words = words;
        WordSpans = wordSpans;
        Sentences = sentences;
        Terms = terms;
    }

    public string Text { get; }

    /// <summary>Word ids in text order.</summary>
    public int[] Words { get; }

    public TextSpan[] WordSpans { get; }

    public SentenceUnit[] Sentences { get; }

    /// <summary>The distinct terms of the whole text, ascending.</summary>
    public int[] Terms { get; }

    public static TextProfile Build(Document document, PairVocabulary vocabulary)
    {
        var text = document.Text;
        var tokens = document.TryGet(Layers.Tokens, out var layer) ? layer : Tokenizer.Tokenize(text);
        var sentenceSpans = document.TryGet(Layers.Sentences, out var sentenceLayer) ? sentenceLayer : SentenceSplitter.Split(text, tokens.AsSpan());
        var names = NameSpans(document);
        var words = new List<int>(tokens.Length);
        var wordSpans = new List<TextSpan>(tokens.Length);
        var sentences = new List<SentenceUnit>(sentenceSpans.Length);
        var documentTerms = new HashSet<int>();
        var sentenceTerms = new HashSet<int>();
        Span<char> lower = stackalloc char[64];
        var tokenIndex = 0;
        var nameIndex = 0;
        foreach (var sentence in sentenceSpans)
        {
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Start < sentence.Start)
            {
                tokenIndex++;
            }

            var firstWord = words.Count;
            var atStart = true;
            sentenceTerms.Clear();
            for (; tokenIndex < tokens.Length && tokens[tokenIndex].End <= sentence.End; tokenIndex++)
            {
                var token = tokens[tokenIndex];
                if (token.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
                {
                    atStart &= token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation;
                    continue;
                }

                var written = text.AsSpan(token.Start, token.Length);
                words.Add(WordId(vocabulary, written, lower));
                wordSpans.Add(token.Span);
                if (vocabulary.TermOf(written, token.Kind) is { } term)
                {
                    while (nameIndex < names.Length && names[nameIndex].End <= token.Start)
                    {
                        nameIndex++;
                    }

                    var inName = nameIndex < names.Length && names[nameIndex].Contains(token.Span);
                    var termClass = token.Kind == TokenKind.Number || char.IsDigit(term[0]) ? TermClass.Number
                        : inName || (!atStart && char.IsUpper(written[0])) ? TermClass.Name
                        : TermClass.Word;
                    var id = vocabulary.TermId(term, termClass);
                    sentenceTerms.Add(id);
                    documentTerms.Add(id);
                }

                atStart = false;
            }

            var terms = sentenceTerms.ToArray();
            Array.Sort(terms);
            sentences.Add(new SentenceUnit(sentence, firstWord, words.Count, terms));
        }

        var all = documentTerms.ToArray();
        Array.Sort(all);
        return new TextProfile(text, [.. words], [.. wordSpans], [.. sentences], all);
    }

    public int WordCount => Words.Length;

    private static ImmutableArray<TextSpan> NameSpans(Document document)
        => document.TryGet(Layers.Entities, out var entities)
            ? [.. entities.Select(e => e.Span).OrderBy(s => s.Start)]
            : [];

    private static int WordId(PairVocabulary vocabulary, ReadOnlySpan<char> written, Span<char> buffer)
    {
        if (written.Length <= buffer.Length)
        {
            var length = written.ToLowerInvariant(buffer);
            return vocabulary.WordId(buffer[..length]);
        }

        return vocabulary.WordId(written.ToString().ToLower(System.Globalization.CultureInfo.InvariantCulture));
    }
}
