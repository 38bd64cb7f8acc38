using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>One document's text, tokens, sentences and entities, indexed the ways quote attribution looks them up.</summary>
internal sealed class QuoteContext
{
    /// <summary>Each sentence's first token (<see cref="FirstTokenOf"/>).</summary>
    private readonly int[] _firstTokens;

    public QuoteContext(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, ImmutableArray<EntityMention> entities)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        SentenceOfToken = new int[tokens.Length];
        EntityEndingAt = new int[tokens.Length];
        EntityStartingAt = new int[tokens.Length];
        Array.Fill(EntityEndingAt, -1);
        Array.Fill(EntityStartingAt, -1);
        var s = 0;
        var e = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (s < sentences.Length - 1 && sentences[s].End <= tokens[i].Start)
            {
                s++;
            }

            SentenceOfToken[i] = s;
            while (e < entities.Length && entities[e].Span.End <= tokens[i].Start)
            {
                e++;
            }

            if (e < entities.Length && entities[e].Span.Start == tokens[i].Start)
            {
                EntityStartingAt[i] = e;
            }

            if (e < entities.Length && entities[e].Span.End == tokens[i].End)
            {
                EntityEndingAt[i] = e;
            }
        }

        // Searched once per sentence here: the finders ask for sentences' first tokens over and over.
        _firstTokens = new int[sentences.Length];
        for (var k = 0; k < sentences.Length; k++)
        {
            _firstTokens[k] = SearchFirstTokenOf(k);
        }
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<TextSpan> Sentences { get; }

    public ImmutableArray<EntityMention> Entities { get; }

    /// <summary>The sentence index of each token (the last sentence for tokens after it).</summary>
    public int[] SentenceOfToken { get; }

    /// <summary>The entity whose mention ends with this token, or -1.</summary>
    public int[] EntityEndingAt { get; }

    /// <summary>The entity whose mention starts with this token, or -1.</summary>
    public int[] EntityStartingAt { get; }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The first token of the name that ends with token <paramref name="i"/>, or -1 when no name ends there.</summary>
    public int NameStartEndingAt(int i) => EntityEndingAt[i] is var entity and >= 0 ? FirstTokenAtOrAfter(Entities[entity].Span.Start) : -1;

    /// <summary>The last token of the name that starts with token <paramref name="i"/>, or -1 when no name starts there.</summary>
    public int NameEndStartingAt(int i) => EntityStartingAt[i] is var entity and >= 0 ? FirstTokenAtOrAfter(Entities[entity].Span.End) - 1 : -1;

    /// <summary>
    /// The body that the name starting at token <paramref name="i"/> owns through "'s" ("the Justice Department's Office of
    /// the Inspector General"), as an entity index, or -1.
    /// </summary>
    public int OwnedBodyAfter(int i)
    {
        var last = NameEndStartingAt(i);
        return last >= 0 && last + 2 < Tokens.Length && Word(last + 1) is "'s" or "\u2019s" && EntityStartingAt[last + 2] is var owned and >= 0
               && Entities[owned].Type == EntityTypes.Organization
            ? owned
            : -1;
    }

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "at the rear", "in the back", "at one of the railroads", "at O'Hare", "at a bookmaker": a place after "at" or "in" at token
    /// <paramref name="preposition"/>, within tokens up to <paramref name="last"/>, that a description of someone new keeps
    /// ("one screener at O'Hare").
    /// </summary>
    public bool OpensPlaceAfter(int preposition, int last)
        => preposition + 1 <= last && (Is(preposition, "in") || Is(preposition, "at"))
           && (Is(preposition + 1, "the") || (preposition + 2 <= last && Is(preposition + 1, "one") && Is(preposition + 2, "of"))
               || (Is(preposition, "at") && Tokens[preposition + 1].Kind == TokenKind.Word && char.IsUpper(Word(preposition + 1)[0]))
               || (Is(preposition, "at") && preposition + 2 <= last && Word(preposition + 1) is "a" or "an"));

    /// <summary>A verb of saying at token <paramref name="i"/>: a cue form, a retort with "back" after it ("shot back"), or a noun-like "-s" form after "he" or "she" ("he asks").</summary>
    public bool IsCueAt(int i) => CueVerbs.IsCue(Word(i)) || (i + 1 < Tokens.Length && CueVerbs.IsRetort(Word(i), Word(i + 1))) || PutsItAt(i) || TextReadsAt(i)
        || (i > 0 && Word(i - 1) is "he" or "she" or "He" or "She" && CueVerbs.IsPresentAfterPronoun(Word(i)));

    /// <summary>Words after "said it" that show "it" to be the verb's object: prepositions and adverbs of manner and time.</summary>
    private static readonly WordSet ObjectFollowers = FrozenSet.ToFrozenSet(
        ["with", "to", "at", "in", "on", "during", "before", "after", "over", "from", "for", "again", "twice", "often", "too", "outright",
            "best", "first", "himself", "herself", "themselves", "aloud", "later", "afterward", "afterwards", "once"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when "it", "this" or "so" at <paramref name="pronoun"/> is a verb of saying's object standing for words quoted
    /// before ("said it with a shrug", "said it quietly to reporters", "told me so."), not a reported clause's subject
    /// ("said it would ...", "said it only gets worse").
    /// </summary>
    public bool IsQuoteObject(int pronoun)
    {
        if (Word(pronoun) is not ("it" or "this" or "so"))
        {
            return false;
        }

        var after = pronoun + 1;
        return after >= Tokens.Length || Tokens[after].Kind != TokenKind.Word || ObjectFollowers.Contains(Word(after).ToString()) || IsMannerAdverb(after);
    }

    /// <summary>"quietly to reporters", "softly, almost": an -ly word that a phrase or a pause follows, not "only gets worse".</summary>
    private bool IsMannerAdverb(int word)
        => Word(word).EndsWith("ly", StringComparison.Ordinal) && (word + 1 >= Tokens.Length || Tokens[word + 1].Kind == TokenKind.Punctuation
            || ObjectFollowers.Contains(Word(word + 1).ToString()) || Word(word + 1) is "and" or "but" or "as");

    /// <summary>Written texts whose words are given by "read" ("the message read", "the letter reads").</summary>
    private static readonly WordSet ReadingTexts = FrozenSet.ToFrozenSet(
        ["message", "statement", "letter", "memo", "email", "e-mail", "note", "post", "tweet", "petition", "notice", "invitation", "release"],
        StringComparer.Ordinal);

    /// <summary>
    /// "“…,” the message read": "read" gives a text's words when a written text is its subject, right before it; not
    /// "she read the statement", whose subject is a reader.
    /// </summary>
    private bool TextReadsAt(int i)
        => Word(i) is "read" or "reads" && i > 0 && ReadingTexts.Contains(Word(i - 1).ToString()) && i + 1 < Tokens.Length
           && Tokens[i + 1].Kind == TokenKind.Punctuation;

    /// <summary>
    /// "as one aide put it,", "put it bluntly:", "put it to me on Tuesday:": a wording of what was said, "put it" with at
    /// most a listener, an adverb or a time before the punctuation; not "put it at risk", "put it to a vote".
    /// </summary>
    private bool PutsItAt(int i)
    {
        if (Word(i) is not ("put" or "puts") || i + 2 >= Tokens.Length || !Word(i + 1).SequenceEqual("it"))
        {
            return false;
        }

        for (var k = i + 2; k < Tokens.Length && k <= i + 8; k++)
        {
            if (Tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
            {
                return true;
            }

            var word = Word(k);
            if (!(WordIn(PutItWords, k) || word.EndsWith("ly", StringComparison.Ordinal) || char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet PutItWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "me", "us", "him", "her", "them", "reporters", "on", "at", "this", "that", "way", "last", "week", "morning", "night", "afternoon", "evening", "later"],
        StringComparer.Ordinal);

    /// <summary>Whether the word at <paramref name="i"/> is in <paramref name="words"/> (compared by the set's own comparer), without allocating.</summary>
    public bool WordIn(WordSet words, int i) => words.Contains(Word(i));

    public bool IsPunctuation(int i, string mark) => Tokens[i].Kind == TokenKind.Punctuation && Word(i).SequenceEqual(mark);

    /// <summary>First token of sentence <paramref name="sentence"/>.</summary>
    public int FirstTokenOf(int sentence) => _firstTokens[sentence];

    /// <summary>The first token starting at or after sentence <paramref name="sentence"/>'s start, found by binary search.</summary>
    private int SearchFirstTokenOf(int sentence)
    {
        var start = Sentences[sentence].Start;
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The first token that starts at or after <paramref name="position"/> (clamped to the last token).</summary>
    public int FirstTokenAtOrAfter(int position)
    {
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Min(lo, Tokens.Length - 1);
    }

    /// <summary>Last token of sentence <paramref name="sentence"/>.</summary>
    public int LastTokenOf(int sentence)
    {
        var next = sentence + 1 < Sentences.Length ? FirstTokenOf(sentence + 1) : Tokens.Length;
        return next - 1;
    }

    public bool OnSameLine(int left, int right) => TokenText.OnSameLine(Text, Tokens[left], Tokens[right]);
}
