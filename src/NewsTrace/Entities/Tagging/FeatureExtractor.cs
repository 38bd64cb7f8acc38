using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Turns a document's tokens into tagger features: the word and its shape, prefixes and suffixes, capitalisation and
/// position in the sentence (a capital that opens a sentence says little), neighbouring words and shapes, what the
/// document says about the word elsewhere (written in lower case? capitalised mid-sentence?), word lists (first names,
/// titles, organisation and place head words) and the rule-based recogniser's own reading of the token.
/// </summary>
internal sealed partial class FeatureExtractor
{
    private const int MaxAffix = 4;

    private static readonly WordSet RunConnectors = FrozenSet.ToFrozenSet(["of", "the", "and", "&", "for", "de", "van", "von", "bin", "al", "la", "du", "del", "der"], StringComparer.Ordinal);

    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly bool[] _sentenceStart;
    private readonly int[] _ruleTags;
    private readonly int[] _gazetteerTags;
    private readonly ulong[] _lowerWord;
    /// <summary>Per token, its collapsed shape's hash, computed on first use (0 until then): most tokens are never asked.</summary>
    private readonly ulong[] _shortShape;
    private readonly int[] _runFirst;
    private readonly int[] _runLast;

    /// <summary>Per token, which word lists hold it (<see cref="ListClass"/>), filled on first use: a token is asked as itself, as a neighbour and as a run's last word.</summary>
    private readonly byte[] _listClass;
    /// <summary>Per token, what is worked out once for both passes (<see cref="TokenFlags"/>).</summary>
    private readonly TokenFlags[] _flags;

    public FeatureExtractor(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStart, IReadOnlyList<NameCandidate> ruleCandidates)
    {
        _text = text;
        _tokens = tokens;
        // The recogniser's marks are an array already; read as one, the hot loops avoid an interface call per look.
        _sentenceStart = sentenceStart as bool[] ?? [.. sentenceStart];
        _ruleTags = RuleTags(tokens.Length, ruleCandidates);
        _lowerWord = new ulong[tokens.Length];
        _shortShape = new ulong[tokens.Length];
        _runFirst = new int[tokens.Length];
        _runLast = new int[tokens.Length];
        _listClass = new byte[tokens.Length];
        _flags = new TokenFlags[tokens.Length];
        MarkFlags();
        MarkRuns();
        _gazetteerTags = KnownNameTags.Of(text, tokens, _sentenceStart);
    }

    public int TokenCount => _tokens.Length;

    /// <summary>Token <paramref name="i"/>'s lower-cased word as a hash: the key under which the document's other mentions of a word meet.</summary>
    public ulong LowerWord(int i) => _lowerWord[i];

    /// <summary>True when token <paramref name="i"/> opens a sentence or a line.</summary>
    public bool StartsSentence(int i) => _sentenceStart[i];

    /// <summary>True when token <paramref name="i"/> is a word with a capital first letter.</summary>
    public bool IsCapitalised(int i) => (_flags[i] & TokenFlags.Capitalised) != 0;

    /// <summary>All tokens' features, kept for training, which passes over the same tokens many times.</summary>
    public TokenFeatures Extract()
    {
        var hashes = new List<ulong>(_tokens.Length * 48);
        var offsets = new int[_tokens.Length + 1];
        for (var i = 0; i < _tokens.Length; i++)
        {
            offsets[i] = hashes.Count;
            Add(i, hashes);
        }

        offsets[_tokens.Length] = hashes.Count;
        return new TokenFeatures([.. hashes], offsets);
    }

    /// <summary>
    /// False for a token with no capital letter whose neighbours have none either: such a token is never part of a name in
    /// the training data, so tagging skips its features and reads it as O. Most tokens of running text are like this.
    /// </summary>
    public bool MayBeInName(int i) => (_flags[i] & TokenFlags.MayBeInName) != 0;

    /// <summary>
    /// Each token's <see cref="TokenFlags"/>. Whether the document writes a capitalised word in lower case, or capitalised
    /// mid-sentence, is answered here for every capitalised token at once, through sets kept per thread
    /// (<see cref="ExtractorScratch"/>), instead of through sets held by the extractor and asked by both passes.
    /// </summary>
    private void MarkFlags()
    {
        var scratch = ExtractorScratch.Rent();
        var cased = System.Buffers.ArrayPool<ulong>.Shared.Rent(_tokens.Length);
        for (var i = 0; i < _tokens.Length; i++)
        {
            var word = Word(i);
            _lowerWord[i] = FeatureHash.OfLower(FeatureTemplate.Word, word);
            var flags = ContainsUpper(word) ? TokenFlags.HasCapital : TokenFlags.None;
            if (TokenText.IsCapitalised(_text, _tokens[i]))
            {
                flags |= TokenFlags.Capitalised;
                cased[i] = FeatureHash.Of(FeatureTemplate.Word, word);
            }

            if (_tokens[i].Kind == TokenKind.Word && char.IsLower(word[0]))
            {
                scratch.LowerCaseWords.Add(_lowerWord[i]);
            }
            else if ((flags & TokenFlags.Capitalised) != 0 && !_sentenceStart[i])
            {
                scratch.CapitalisedMidSentence.Add(cased[i]);
            }

            _flags[i] = flags;
        }

        for (var i = 0; i < _tokens.Length; i++)
        {
            if ((_flags[i] & TokenFlags.Capitalised) != 0)
            {
                _flags[i] |= scratch.LowerCaseWords.Contains(_lowerWord[i]) ? TokenFlags.SeenInLowerCase : TokenFlags.None;
                _flags[i] |= scratch.CapitalisedMidSentence.Contains(cased[i]) ? TokenFlags.SeenCapitalisedMidSentence : TokenFlags.None;
            }
        }

        System.Buffers.ArrayPool<ulong>.Shared.Return(cased);
        ExtractorScratch.Return(scratch);

        // After every token's HasCapital is known: this one reads the neighbours'.
        for (var i = 0; i < _tokens.Length; i++)
        {
            var mayBeInName = HasCapital(i) || (_tokens[i].Kind == TokenKind.Word ? CapitalWithinTwo(i, -1) && CapitalWithinTwo(i, 1) : CapitalWithinTwo(i, -1, 1) || CapitalWithinTwo(i, 1, 1));
            _flags[i] |= mayBeInName ? TokenFlags.MayBeInName : TokenFlags.None;
        }
    }

    /// <summary>True when one of the <paramref name="reach"/> tokens before (<paramref name="direction"/> -1) or after (+1) token <paramref name="i"/>, in its sentence, has a capital letter.</summary>
    private bool CapitalWithinTwo(int i, int direction, int reach = 2)
    {
        for (var step = 1; step <= reach; step++)
        {
            var k = i + (direction * step);
            if (k < 0 || k >= _tokens.Length || _sentenceStart[direction < 0 ? k + 1 : k])
            {
                return false;
            }

            if (HasCapital(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends token <paramref name="i"/>'s features to <paramref name="features"/>: tagging keeps a document's in one reused list (<see cref="DecodeBuffers"/>).</summary>
    public void AppendFeatures(int i, List<ulong> features) => Add(i, features);

    private void Add(int i, List<ulong> features)
    {
        var token = _tokens[i];
        var word = Word(i);
        var flags = _flags[i];
        var capitalised = (flags & TokenFlags.Capitalised) != 0;
        var caseClass = CaseClass(i);
        var start = _sentenceStart[i];
        var shape = ShapeHash(FeatureTemplate.Shape, word, collapse: false);

        features.Add(FeatureHash.Of(FeatureTemplate.Bias));
        features.Add(_lowerWord[i]);
        features.Add(shape);
        features.Add(ShortShape(i));
        features.Add(FeatureHash.Of(FeatureTemplate.Kind, (int)token.Kind));
        features.Add(FeatureHash.Of(FeatureTemplate.PositionAndCase, (start ? 8 : 0) + caseClass));
        if (token.Kind == TokenKind.Word && word.Length > 2)
        {
            for (var n = 1; n <= Math.Min(MaxAffix - 1, word.Length - 1); n++)
            {
                features.Add(FeatureHash.Mix(FeatureHash.OfLower(FeatureTemplate.Prefix, word[..n]), n));
            }

            for (var n = 1; n <= Math.Min(MaxAffix, word.Length - 1); n++)
            {
                features.Add(FeatureHash.Mix(FeatureHash.OfLower(FeatureTemplate.Suffix, word[^n..]), n));
            }
        }

        var previous = i > 0 && !_sentenceStart[i] ? i - 1 : -1;
        var next = i + 1 < _tokens.Length && !_sentenceStart[i + 1] ? i + 1 : -1;
        var previous2 = previous > 0 && !_sentenceStart[previous] ? previous - 1 : -1;
        var next2 = next >= 0 && next + 1 < _tokens.Length && !_sentenceStart[next + 1] ? next + 1 : -1;
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.PreviousWord), previous >= 0 ? _lowerWord[previous] : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.NextWord), next >= 0 ? _lowerWord[next] : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.SecondPreviousWord), previous2 >= 0 ? _lowerWord[previous2] : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.SecondNextWord), next2 >= 0 ? _lowerWord[next2] : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.PreviousShape), previous >= 0 ? ShortShape(previous) : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.NextShape), next >= 0 ? ShortShape(next) : 0));
        features.Add(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.PreviousShapeAndShape), previous >= 0 ? ShortShape(previous) : 0), ShortShape(i)));
        features.Add(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.PreviousAndWord), previous >= 0 ? _lowerWord[previous] : 0), _lowerWord[i]));
        features.Add(FeatureHash.Combine(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.WordAndNext), _lowerWord[i]), next >= 0 ? _lowerWord[next] : 0));

        if (capitalised)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.SeenInLowerCase, (start ? 2 : 0) + ((flags & TokenFlags.SeenInLowerCase) != 0 ? 1 : 0)));
            features.Add(FeatureHash.Of(FeatureTemplate.SeenCapitalisedMidSentence, (start ? 2 : 0) + ((flags & TokenFlags.SeenCapitalisedMidSentence) != 0 ? 1 : 0)));
            features.Add(FeatureHash.Of(FeatureTemplate.FirstName, FirstNames.Names.Contains(word) ? 1 : 0));
        }

        features.Add(FeatureHash.Of(FeatureTemplate.RuleTag, _ruleTags[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousRuleTag, previous >= 0 ? _ruleTags[previous] : -1));
        features.Add(FeatureHash.Of(FeatureTemplate.NextRuleTag, next >= 0 ? _ruleTags[next] : -1));
        features.Add(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.RuleTagAndShape, _ruleTags[i]), ShortShape(i)));
        features.Add(FeatureHash.Of(FeatureTemplate.GazetteerTag, _gazetteerTags[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousGazetteerTag, previous >= 0 ? _gazetteerTags[previous] : -1));
        features.Add(FeatureHash.Of(FeatureTemplate.NextGazetteerTag, next >= 0 ? _gazetteerTags[next] : -1));

        if (previous >= 0 && (ListClass(previous) & TitleBit) != 0)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.AfterTitle, caseClass));
        }

        var lists = ListClass(i);
        if ((lists & TitleBit) != 0)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.TitleWord, caseClass));
        }

        var headClass = HeadClass(lists);
        if (headClass > 0)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.HeadWordClass, (headClass * 16) + caseClass));
        }

        if (_runFirst[i] >= 0)
        {
            var first = _runFirst[i];
            var last = _runLast[i];
            var position = first == last ? 0 : i == first ? 1 : i == last ? 3 : 2;
            features.Add(FeatureHash.Of(FeatureTemplate.RunLength, (Math.Min(last - first + 1, 5) * 4) + position));
            if (last > first)
            {
                var lastClass = HeadClass(ListClass(last));
                features.Add(FeatureHash.Mix(FeatureHash.Combine(FeatureHash.Of(FeatureTemplate.RunHead, position), _lowerWord[last]), 0));
                features.Add(FeatureHash.Mix(FeatureHash.Of(FeatureTemplate.RunHead, position), 100 + lastClass));
            }
        }
    }

    /// <summary>Runs of capitalised tokens on one line, joined by connectors such as "of" ("Museum of Flight"); -1 outside runs.</summary>
    private void MarkRuns()
    {
        Array.Fill(_runFirst, -1);
        Array.Fill(_runLast, -1);
        var i = 0;
        while (i < _tokens.Length)
        {
            if (!TokenText.IsCapitalised(_text, _tokens[i]))
            {
                i++;
                continue;
            }

            var last = i;
            var j = i + 1;
            while (j < _tokens.Length && !_sentenceStart[j])
            {
                if (TokenText.IsCapitalised(_text, _tokens[j]))
                {
                    last = j;
                    j++;
                }
                else if (j + 1 < _tokens.Length && !_sentenceStart[j + 1] && TokenText.IsCapitalised(_text, _tokens[j + 1]) && InList(RunConnectors, Word(j)))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            for (var k = i; k <= last; k++)
            {
                _runFirst[k] = i;
                _runLast[k] = last;
            }

            i = last + 1;
        }
    }

    /// <summary>The rule-based reading of each token as a small number: its candidate's type, the rules' evidence, and B or I.</summary>
    private static int[] RuleTags(int count, IReadOnlyList<NameCandidate> candidates)
    {
        var tags = new int[count];
        foreach (var candidate in candidates)
        {
            var type = candidate.Type switch
            {
                EntityTypes.Person => 1,
                EntityTypes.Organization => 2,
                EntityTypes.Geopolitical => 3,
                EntityTypes.Location => 4,
                EntityTypes.Nationality => 5,
                "?ORG" => 6,
                _ => 7,
            };
            var code = (type * 8) + ((int)candidate.Evidence * 2);
            for (var k = candidate.FirstToken; k <= candidate.LastToken && k < count; k++)
            {
                if (tags[k] == 0)
                {
                    tags[k] = code + (k == candidate.FirstToken ? 0 : 1);
                }
            }
        }

        return tags;
    }
}
