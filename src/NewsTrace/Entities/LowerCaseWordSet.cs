using System.Collections.Immutable;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>
/// The words a document writes starting in lower case ("firefighters"), held as the position of one occurrence of each in
/// an open-addressing table keyed by a 64-bit hash of the word. A lookup hashes the word, probes, and compares the text of
/// that occurrence, so it answers exactly as a set of strings would, without the string per distinct word (and the set's
/// growing entry arrays) that building one cost every document.
/// </summary>
internal sealed class LowerCaseWordSet
{
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ulong[] _hashes;

    /// <summary>Per slot, the index of the occurrence's token plus one; 0 marks an empty slot.</summary>
    private readonly int[] _occurrences;

    public LowerCaseWordSet(string text, ImmutableArray<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        var words = 0;
        foreach (var token in tokens)
        {
            words += IsLowerCaseWord(text, token) ? 1 : 0;
        }

        // More slots than occurrences, so a probe always meets an empty one; the distinct words, which alone take slots,
        // are far fewer, so the table stays sparse.
        var size = 16;
        while (size <= words)
        {
            size *= 2;
        }

        _hashes = new ulong[size];
        _occurrences = new int[size];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsLowerCaseWord(text, tokens[i]))
            {
                Add(i);
            }
        }
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    public bool Contains(ReadOnlySpan<char> word) => SlotOf(word, FeatureHash.Append(0, word)) is var slot && _occurrences[slot] != 0;

    private static bool IsLowerCaseWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

    private void Add(int token)
    {
        var word = TokenText.Of(_text, _tokens[token]);
        var hash = FeatureHash.Append(0, word);
        var slot = SlotOf(word, hash);
        if (_occurrences[slot] == 0)
        {
            _hashes[slot] = hash;
            _occurrences[slot] = token + 1;
        }
    }

    /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> word, ulong hash)
    {
        var mask = _hashes.Length - 1;
        var slot = (int)hash & mask;
        while (_occurrences[slot] != 0
               && (_hashes[slot] != hash || !TokenText.Of(_text, _tokens[_occurrences[slot] - 1]).SequenceEqual(word)))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
