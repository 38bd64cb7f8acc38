using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>How the rules find runs of capitalised words: the tokens a name may hold and the words that join them.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Maximal runs of capitalised tokens on one line, with lower-case connectors between capitalised words.</summary>
    private List<(int First, int Last)> FindRuns()
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < _tokens.Length)
        {
            if (!IsNameToken(i))
            {
                i++;
                continue;
            }

            var last = i;
            var j = i + 1;
            while (j < _tokens.Length && TokenText.OnSameLine(_text, _tokens[j - 1], _tokens[j]))
            {
                if ((IsNameToken(j) && !Tagging.AirlineNames.IsAircraftAfterAirline(_text, _tokens, j)) || IsHyphenatedJoin(j))
                {
                    last = j;
                    j++;
                    continue;
                }

                var connector = ConnectorLength(j);
                if (connector > 0 && j + connector < _tokens.Length && IsNameToken(j + connector) && !_sentenceStart[j + connector])
                {
                    j += connector;
                    continue;
                }

                if (KnownNameAcross(i, last) is var end && end >= j)
                {
                    last = end;
                    j = end + 1;
                    continue;
                }

                break;
            }

            runs.Add((i, last));
            i = last + 1;
        }

        return runs;
    }

    private bool IsNameToken(int i)
    {
        var token = _tokens[i];
        if (!TokenText.IsCapitalised(_text, token))
        {
            return false;
        }

        var word = TokenText.Of(_text, token);
        return !(word.Length == 1 && token.Kind == TokenKind.Word);
    }

    /// <summary>"Mayor Christopher Hall": a given name and one more word after a title are a person, even when the surname is an organisation's head word.</summary>
    private bool IsGivenNameAndSurname(int first, int last)
        => last == first + 1 && FirstNames.Contains(TokenText.Of(_text, _tokens[first]));

    private bool IsHyphenatedJoin(int i)
        => i + 1 < _tokens.Length && _tokens[i].Start == _tokens[i - 1].End && IsPossessiveMark(i) && IsNameToken(i + 1)
           && (TokenText.Is(_text, _tokens[i - 1], "People") || NamedAfterSaint(i - 1));

    /// <summary>"'s", or a lone apostrophe after a word ending in "s" ("St Thomas' Hospital").</summary>
    private bool IsPossessiveMark(int i)
        => TokenText.Of(_text, _tokens[i]) is "'s" or "’s"
           || (TokenText.Of(_text, _tokens[i]) is "'" or "’" && _text[_tokens[i - 1].End - 1] is 's');

    /// <summary>
    /// "St Thomas' Hospital", "St. Mary's Hospital", "St Peter's Square": a possessive inside a name after a saint's name,
    /// where the possessive does not end the name. ("King's College" is left: the crown word reads as a title.)
    /// </summary>
    private bool NamedAfterSaint(int owner)
        => owner > 0 && TokenText.Of(_text, _tokens[owner - 1]) is "St" or "St." or "Saint" or "Ste";

    private int ConnectorLength(int j)
    {
        var word = TokenText.Lower(_text, _tokens[j], stackalloc char[StackLowerChars]);
        if (word is "of" or "for" && j + 1 < _tokens.Length && TokenText.Is(_text, _tokens[j + 1], "the"))
        {
            return 2;
        }

        return TokenText.In(NameWords.Connectors, word) ? 1 : 0;
    }
}
