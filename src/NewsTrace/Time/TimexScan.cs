using System.Buffers;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// One pass of <see cref="TimexTagger"/> over one text. At each token it tries the patterns (longest first); a match is written
/// out and the scan goes on after it, so expressions never overlap. Holds the per-text state: the reference day for
/// "the following day" and the last day named in the current sentence (for clock times).
/// </summary>
internal sealed partial class TimexScan
{
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly TimeWord[] _words;
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceFirst;
    private readonly int[] _sentenceEnd;
    private readonly DateOnly? _dct;
    private readonly ImmutableArray<Timex>.Builder _timexes = ImmutableArray.CreateBuilder<Timex>();
    private readonly ImmutableArray<DateAnomaly>.Builder _anomalies = ImmutableArray.CreateBuilder<DateAnomaly>();
    private DateOnly? _reference;
    private int _yearSentence = -1;
    private int _sentenceYear;

    public TimexScan(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, DateOnly? dct)
    {
        _text = text;
        _tokens = tokens;
        // Relative arithmetic near the ends of the calendar would overflow, and no news article is dated there: such a DCT is unknown.
        _dct = dct is { Year: >= 100 and <= 9899 } ? dct : null;
        _words = ArrayPool<TimeWord>.Shared.Rent(tokens.Length);
        _sentenceOf = ArrayPool<int>.Shared.Rent(tokens.Length);
        var sentenceCount = Math.Max(1, sentences.Length);
        _sentenceFirst = new int[sentenceCount];
        _sentenceEnd = new int[sentenceCount];
        var sentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            while (sentence < sentences.Length - 1 && sentences[sentence].End <= token.Start)
            {
                sentence++;
                _sentenceFirst[sentence] = i;
            }

            _sentenceOf[i] = sentence;
            _sentenceEnd[sentence] = i + 1;
            _words[i] = token.Kind is TokenKind.Word or TokenKind.Abbreviation ? WordAt(text.AsSpan(token.Start, token.Length)) : default;
        }
    }

    /// <summary>How far (in tokens) a tense cue is looked for; it also bounds the work on a text with one endless sentence.</summary>
    private const int MaxCueDistance = 40;

    private int Count => _tokens.Length;

    /// <summary>The lexicon entry of a word; hyphenated words ("two-day", "twenty-four") are marked so the scan tries them.</summary>
    private static TimeWord WordAt(ReadOnlySpan<char> word)
    {
        var found = TimeLexicon.Lookup(word);
        return found.Kinds == TimeWordKinds.None && word.Contains('-') ? new TimeWord(TimeWordKinds.Anchor) : found;
    }

    public TimexTagging Run()
    {
        try
        {
            var i = 0;
            while (i < Count)
            {
                if ((_words[i].Kinds != TimeWordKinds.None || _tokens[i].Kind == TokenKind.Number) && TryMatch(i, out var match))
                {
                    Emit(match);
                    i = match.End;
                }
                else
                {
                    i++;
                }
            }

            return new TimexTagging(_timexes.DrainToImmutable(), _anomalies.DrainToImmutable());
        }
        finally
        {
            ArrayPool<TimeWord>.Shared.Return(_words, clearArray: true);
            ArrayPool<int>.Shared.Return(_sentenceOf);
        }
    }

    private bool TryMatch(int i, out TimexMatch match)
    {
        var prefix = PrefixLength(i);
        if (prefix > 0 && TryCore(i + prefix, afterPrefix: true, out var core))
        {
            match = core.From(i);
            return true;
        }

        return TryCore(i, afterPrefix: false, out match);
    }

    /// <summary>Words that belong to the expression that follows them: "the end of", "early", "earlier" (this week), "more than".</summary>
    private int PrefixLength(int i)
    {
        var word = W(i);
        if (IsWord(i, "the") && (IsWord(i + 1, "end") || IsWord(i + 1, "beginning") || IsWord(i + 1, "start") || IsWord(i + 1, "middle")) && IsWord(i + 2, "of"))
        {
            return 3;
        }

        if (word.Is(TimeWordKinds.Modifier))
        {
            return IsPunctuation(i + 1, '-') ? 2 : 1;
        }

        if (word.Is(TimeWordKinds.Later) && IsWord(i + 1, "this"))
        {
            return 1;
        }

        if (word.Is(TimeWordKinds.Comparative))
        {
            return IsWord(i + 1, "than") ? 2 : IsWord(i, "nearly") || IsWord(i, "almost") ? 1 : 0;
        }

        return 0;
    }

    private bool TryCore(int j, bool afterPrefix, out TimexMatch match)
    {
        match = default;
        if (j >= Count)
        {
            return false;
        }

        // Only dates written out can contradict the tense: a relative one ("on Wednesday") is resolved in the tense's direction.
        if (TryWeekdayDate(j, out match) || TryAbsolute(j, out match))
        {
            match = CheckedAgainstTense(match);
            return true;
        }

        return TryRelative(j, afterPrefix, out match)
            || TryDuration(j, out match)
            || TrySet(j, out match)
            || TryClock(j, out match);
    }

    private void Emit(TimexMatch match)
    {
        var span = new TextSpan(_tokens[match.Start].Start, _tokens[match.End - 1].End);
        _timexes.Add(new Timex(span, match.Type, match.Value));
        if (match.Problem is { } problem)
        {
            _anomalies.Add(new DateAnomaly(span, match.ProblemKind ?? DateAnomaly.ImpossibleDate, problem));
        }

        if (match.Day is { } day)
        {
            _reference = day;
        }

        // A year named on its own ("2025", "next year") gives its year to a bare month later in the sentence ("next year's edition starts in July").
        if (match.Type == TimexMatch.Date && match.Value is { Length: 4 } year && int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            _yearSentence = _sentenceOf[match.Start];
            _sentenceYear = number;
        }
    }

    /// <summary>The day "the following day" counts from: the last day named, or the document date.</summary>
    private DateOnly? Reference => _reference ?? _dct;

    /// <summary>The year named on its own earlier in the sentence of <paramref name="token"/>, if any.</summary>
    private int? YearInSentence(int token) => _yearSentence == _sentenceOf[token] ? _sentenceYear : null;

    private TimeWord W(int i) => i >= 0 && i < Count ? _words[i] : default;

    private ReadOnlySpan<char> TextOf(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i, string word)
        => i >= 0 && i < Count && _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunctuation(int i, char mark) => i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && _text[_tokens[i].Start] == mark;

    private bool IsCapitalized(int i) => i >= 0 && i < Count && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsLowerWord(int i) => i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]);

    private bool IsNumberToken(int i) => i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Number;

    /// <summary>
    /// The direction the sentence's nearest tense cue gives, looking outwards from the expression [start, end). "since" before
    /// the expression means the past; a reporting verb ("said") counts only right before the expression ("said on Wednesday"),
    /// otherwise only when nothing else in the clause gives a tense ("the road stays shut until Friday, police said").
    /// </summary>
    private TenseDirection Tense(int start, int end)
    {
        if (IsWord(start - 1, "since") || (W(start - 1).Is(TimeWordKinds.Modifier) && IsWord(start - 2, "since")))
        {
            return TenseDirection.Past;
        }

        var sentence = _sentenceOf[start];
        var first = _sentenceFirst[sentence];
        var last = _sentenceEnd[sentence];
        var fallback = TenseDirection.None;
        for (var distance = 1; ; distance++)
        {
            var before = start - distance;
            var after = end - 1 + distance;
            if ((before < first && after >= last) || distance > MaxCueDistance)
            {
                return fallback;
            }

            // A clause boundary ("but", ";", ", and") ends the search on that side: "would ease on Thursday but warned of ...".
            if (before >= first && IsClauseBoundary(before))
            {
                first = before + 1;
            }
            else if (before >= first && Cue(before) is var cueBefore and not TenseDirection.None)
            {
                if (!IsReportingVerb(before) || distance <= 2)
                {
                    return cueBefore;
                }

                fallback = fallback == TenseDirection.None ? cueBefore : fallback;
            }

            if (after < last && IsClauseBoundary(after))
            {
                last = after;
            }
            else if (after < last && Cue(after) is var cueAfter and not TenseDirection.None)
            {
                if (!IsReportingVerb(after))
                {
                    return cueAfter;
                }

                fallback = fallback == TenseDirection.None ? cueAfter : fallback;
            }
        }
    }

    private bool IsBeForm(int i)
        => IsWord(i, "is") || IsWord(i, "are") || IsWord(i, "am") || IsWord(i, "was") || IsWord(i, "were") || IsWord(i, "be") || IsWord(i, "been")
            || IsWord(i, "being") || IsWord(i, "remains") || IsWord(i, "remain") || IsWord(i, "seems") || IsWord(i, "appears")
            || (i >= 0 && i < Count && (TextOf(i).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || TextOf(i).EndsWith("’s", StringComparison.OrdinalIgnoreCase)));

    private bool IsReportingVerb(int i)
        => IsWord(i, "said") || IsWord(i, "told") || IsWord(i, "added") || IsWord(i, "says") || IsWord(i, "noted") || IsWord(i, "stated") || IsWord(i, "wrote");

    private bool IsClauseBoundary(int i)
        => IsWord(i, "but") || IsWord(i, "while") || IsWord(i, "whereas") || IsPunctuation(i, ';') || (IsWord(i, "and") && IsPunctuation(i - 1, ','));

    private TenseDirection Cue(int i)
    {
        if (_tokens[i].Kind != TokenKind.Word)
        {
            return TenseDirection.None;
        }

        var word = _words[i];
        if (word.Is(TimeWordKinds.FutureCue))
        {
            // "going", "due", "set", "plans", "expected" announce a future only before "to"; the participles only after a form of
            // "be" ("is expected to"): "came on Wednesday for talks expected to prepare a visit" is a past arrival.
            var participle = IsWord(i, "going") || IsWord(i, "due") || IsWord(i, "set") || IsWord(i, "expected");
            var needsTo = participle || IsWord(i, "plan") || IsWord(i, "plans");
            if (needsTo && !IsWord(i + 1, "to"))
            {
                return TenseDirection.None;
            }

            return !participle || IsBeForm(i - 1) || (IsWord(i - 1, "not") && IsBeForm(i - 2)) ? TenseDirection.Future : TenseDirection.None;
        }

        if (word.Is(TimeWordKinds.PastCue))
        {
            return TenseDirection.Past;
        }

        var text = TextOf(i);
        if (text.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || text.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
        {
            return TenseDirection.Future;
        }

        // A regular past form; a passive ("will be closed") takes its tense from the auxiliary, so it is skipped here.
        if (text.Length >= 5 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPastForms.Contains(text)
            && !IsPassiveAuxiliary(i - 1) && !IsAttributive(i - 1))
        {
            return TenseDirection.Past;
        }

        return TenseDirection.None;
    }

    /// <summary>"the collapsed bridge", "searching damaged houses", "of united forces": a participle used as an adjective.</summary>
    private bool IsAttributive(int i)
    {
        if (i < 0 || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = TextOf(i);
        return word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Determiners.Contains(word);
    }

    private static readonly WordSet Determiners =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "with", "for", "newly", "recently"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"be closed", "stay closed", "remain shut": the participle's tense is the auxiliary's, not the past.</summary>
    private bool IsPassiveAuxiliary(int i)
        => IsWord(i, "be") || IsWord(i, "been") || IsWord(i, "being") || IsWord(i, "is") || IsWord(i, "are") || IsWord(i, "stay")
            || IsWord(i, "stays") || IsWord(i, "remain") || IsWord(i, "remains") || IsWord(i, "get") || IsWord(i, "gets");

    private static readonly WordSet NotPastForms =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["hundred", "indeed", "proceed", "exceed", "succeed", "speed", "breed", "bleed", "embed", "naked", "sacred", "wicked", "kindred"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
