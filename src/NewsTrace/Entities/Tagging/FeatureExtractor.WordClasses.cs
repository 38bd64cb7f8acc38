using System.Collections.Frozen;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// What a single token is, apart from its neighbours: its shape ("Xxxx", "X.X.", "dddd"), its case class, and the
/// word lists (titles, organisation and place head words) that hold it, each worked out at most once per token.
/// </summary>
internal sealed partial class FeatureExtractor
{
    private const int MaxShape = 12;

    private static readonly WordSet Titles = NameWords.PersonTitles.ToFrozenSet(StringComparer.Ordinal);
    private static readonly WordSet OrganizationHeads = NameWords.OrganizationHeads.ToFrozenSet(StringComparer.Ordinal);
    private static readonly WordSet LocationHeads = NameWords.LocationHeads.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>No list word is longer; a longer word is looked up in none.</summary>
    private const int MaxListWord = 24;

    private ReadOnlySpan<char> Word(int i) => TokenText.Of(_text, _tokens[i]);

    private ulong ShortShape(int i)
    {
        var shape = _shortShape[i];
        if (shape == 0)
        {
            shape = ShapeHash(FeatureTemplate.ShortShape, Word(i), collapse: true);
            _shortShape[i] = shape;
        }

        return shape;
    }

    private const byte TitleBit = 1;
    private const byte OrganizationHeadBit = 2;
    private const byte LocationHeadBit = 4;
    private const byte KnownBit = 128;

    /// <summary>1 organisation head word, 2 place head word (organisation first, as a word can be both), 0 neither.</summary>
    private static int HeadClass(byte lists) => (lists & OrganizationHeadBit) != 0 ? 1 : (lists & LocationHeadBit) != 0 ? 2 : 0;

    private byte ListClass(int i)
    {
        var lists = _listClass[i];
        if (lists == 0)
        {
            var word = Word(i);
            lists = KnownBit;
            if (word.Length <= MaxListWord)
            {
                // Lower-cased once for the three lists.
                Span<char> lower = stackalloc char[word.Length];
                InvariantLower.Into(word, lower);
                lists |= Titles.Contains(lower) ? TitleBit : (byte)0;
                lists |= OrganizationHeads.Contains(lower) ? OrganizationHeadBit : (byte)0;
                lists |= LocationHeads.Contains(lower) ? LocationHeadBit : (byte)0;
            }

            _listClass[i] = lists;
        }

        return lists;
    }

    private bool HasCapital(int i) => (_flags[i] & TokenFlags.HasCapital) != 0;

    private static bool ContainsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>0 not a word, 1 lower case, 2 capitalised, 3 all capitals, 4 has digits.</summary>
    private int CaseClass(int i)
    {
        var token = _tokens[i];
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return 0;
        }

        var word = Word(i);
        if (word.ContainsAnyInRange('0', '9'))
        {
            return 4;
        }

        if (!char.IsUpper(word[0]))
        {
            return 1;
        }

        return TokenText.IsAcronym(_text, token) ? 3 : 2;
    }

    private static bool InList(WordSet list, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxListWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantLower.Into(word, lower);
        return list.Contains(lower);
    }

    /// <summary>"Xxxx", "XX", "X.X.", "dddd", "Xx-Xx": letters as X/x, digits as d, other characters kept; collapsed runs for the short shape.</summary>
    private static ulong ShapeHash(FeatureTemplate template, ReadOnlySpan<char> word, bool collapse)
    {
        Span<char> shape = stackalloc char[MaxShape];
        var length = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (collapse && length > 0 && shape[length - 1] == mapped)
            {
                continue;
            }

            if (length == MaxShape)
            {
                break;
            }

            shape[length++] = mapped;
        }

        return FeatureHash.Of(template, shape[..length]);
    }
}
