using NewsTrace.Stories.Features;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// Dense ids for the words and terms of one compared pair, so both texts become int arrays that compare cheaply.
/// Words are exact lower-case forms (for verbatim runs); terms are canonical content words (for rewording). A term
/// written as a name or a number anywhere in the pair keeps that class, which raises its weight.
/// </summary>
internal sealed class PairVocabulary
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _termTexts = [];
    private readonly List<TermClass> _classes = [];

    // The term of each written form met so far (case kept: "US" is a name, "us" a pronoun), so a word repeated across
    // the pair is lower-cased, looked up and stripped once.
    private readonly Dictionary<string, string?> _writtenTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _writtenLookup;

    public PairVocabulary()
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _writtenLookup = _writtenTerms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The reuse term of a word, number or abbreviation as written (null when it carries no content).</summary>
    public string? TermOf(ReadOnlySpan<char> written, TokenKind kind)
    {
        if (_writtenLookup.TryGetValue(written, out var term))
        {
            return term;
        }

        term = TermRarity.TermOf(written, kind);
        _writtenLookup[written] = term;
        return term;
    }

    public int TermCount => _termTexts.Count;

    /// <summary>The id of a lower-case word form.</summary>
    public int WordId(ReadOnlySpan<char> lowerCaseWord)
    {
        if (_wordLookup.TryGetValue(lowerCaseWord, out var id))
        {
            return id;
        }

        id = _words.Count;
        _wordLookup[lowerCaseWord] = id;
        return id;
    }

    public int TermId(string term, TermClass termClass)
    {
        if (_terms.TryGetValue(term, out var id))
        {
            if (termClass != TermClass.Word && _classes[id] == TermClass.Word)
            {
                _classes[id] = termClass;
            }

            return id;
        }

        id = _termTexts.Count;
        _terms.Add(term, id);
        _termTexts.Add(term);
        _classes.Add(termClass);
        return id;
    }

    public string Term(int id) => _termTexts[id];

    public TermClass ClassOf(int id) => _classes[id];
}
