using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>How a run of capitalised words is typed: by its head word, its position and the document around it, and how sure that is.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Strong for a person after a title; likely for a longer name whose head word gave its type; otherwise a guess.</summary>
    private NameEvidence EvidenceFor(int first, int last, string type, bool personNext)
    {
        if (type == EntityTypes.Person)
        {
            return personNext ? NameEvidence.Strong : NameEvidence.Guess;
        }

        if (type is not (EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location))
        {
            return NameEvidence.Guess;
        }

        if (last == first)
        {
            // A single word typed by ClassifySingle (an acronym, a word after "in", a country-like ending) is too often
            // a term ("IQ") or a person ("in Gloria's house") to stand against the tagger.
            return NameEvidence.Guess;
        }

        for (var i = first + 1; i <= last; i++)
        {
            if (TokenText.LowerIn(NameWords.OrganizationHeads, _text, _tokens[i]) || TokenText.LowerIn(GeopoliticalHeads, _text, _tokens[i])
                || TokenText.LowerIn(NameWords.LocationHeads, _text, _tokens[i]))
            {
                return NameEvidence.Likely;
            }
        }

        // "Republic of ...", and a body's head word before "of" or "for" ("Party of the Democratic Revolution", "Movement for ...").
        var headFirst = TokenText.LowerIn(GeopoliticalHeads, _text, _tokens[first])
            || (TokenText.LowerIn(NameWords.OrganizationHeads, _text, _tokens[first]) && (TokenText.Is(_text, _tokens[first + 1], "of") || TokenText.Is(_text, _tokens[first + 1], "for"))
                && last > first + 1 && TokenText.IsCapitalised(_text, _tokens[last]) && !NamesPersonAfter(first + 2, last));
        return headFirst ? NameEvidence.Likely : NameEvidence.Guess;
    }

    /// <summary>"Museum of Rail CEO Anna Berglund", "Authority of President Yasser Arafat": a title or a given name in the words runs on into a person.</summary>
    private bool NamesPersonAfter(int from, int last)
    {
        for (var i = from; i <= last; i++)
        {
            // A title closing the name is the office's ("Committee for the Re-election of the President"); inside it, a person follows.
            if ((i < last && Tagging.TitlesInsideNames.IsTitle(TokenText.Of(_text, _tokens[i]))) || FirstNames.Contains(TokenText.Of(_text, _tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word also occurs in lower case in the document ("firefighters"), so it is a common word.</summary>
    private bool OccursInLowerCase(int i)
    {
        var word = TokenText.Of(_text, _tokens[i]);
        if (word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Tagging.InvariantLower.Into(word, lower);
        return LowerCaseWordSet.Contains(lower);
    }

    /// <summary>The document's words that are written in lower case (as <see cref="Tagging.DocumentWords.LowerCase"/>), built once on first use and shared with the passes after the tagger.</summary>
    internal LowerCaseWordSet LowerCaseWordSet => _lowerWords ??= new LowerCaseWordSet(_text, _tokens);

    private string? Classify(int first, int last, bool personNext)
    {
        var head = last;
        for (var i = first + 1; i <= last; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]))
            {
                head = i - 1;
                break;
            }
        }

        var headWord = TokenText.Lower(_text, _tokens[head], stackalloc char[StackLowerChars]);
        var lastWord = TokenText.Lower(_text, _tokens[last], stackalloc char[StackLowerChars]);
        if (IsPartyConvention(headWord, first, head, last))
        {
            return EntityTypes.Organization;
        }

        if (TokenText.In(NotEntityHeads, headWord) || TokenText.In(NotEntityHeads, lastWord))
        {
            return null;
        }

        if (last > first && IsAllCaps(first, last))
        {
            // An all-capitals run of several words is a dateline place ("UNITED NATIONS" aside, which the gazetteer knows).
            return EntityTypes.Geopolitical;
        }

        if ((personNext || (TokenText.In(SurnameHeads, lastWord) && !(first > 0 && TokenText.Is(_text, _tokens[first - 1], "the")))) && IsGivenNameAndSurname(first, last))
        {
            // "Christopher Hill", "Mayor Christopher Hall" are people; "the Albert Hall" is not.
            return EntityTypes.Person;
        }

        if (TokenText.In(NameWords.OrganizationHeads, headWord) || (head > first && TokenText.In(NameWords.CompanyForms, headWord)))
        {
            // A legal form closes a company's name ("Nomura Securities Co", "Banco Central SA").
            return EntityTypes.Organization;
        }

        if (HasForeignOrganizationHead(first, head))
        {
            // "Vrije Universiteit Amsterdam", "Banco Santander Central": these heads lead or stand inside the name (before any
            // "of", where a person may come first: "Ana Ruiz of Banco Santander").
            return EntityTypes.Organization;
        }

        if (TokenText.In(GeopoliticalHeads, headWord))
        {
            return IsBodyOfMembers(headWord, head, last) ? EntityTypes.Organization : EntityTypes.Geopolitical;
        }

        if (TokenText.In(NameWords.LocationHeads, lastWord) && last > first)
        {
            return EntityTypes.Location;
        }

        if (personNext)
        {
            return EntityTypes.Person;
        }

        if (first == last)
        {
            return ClassifySingle(first);
        }

        // "P&O Nedlloyd", "AT&T Corp": an ampersand joins partners' names into a firm's.
        if (TokenText.HasAmpersandWord(_text, _tokens, first, last))
        {
            return EntityTypes.Organization;
        }

        // "the Sea Org", "the Civic Passion": a name after "the" is an organisation or place, not a person.
        return first > 0 && TokenText.Is(_text, _tokens[first - 1], "the") ? EntityTypes.Organization : EntityTypes.Person;
    }

    /// <summary>
    /// "the Democratic Convention of Romania", "the National Convention of Kesmaria": a convention named with a political
    /// word and "of" a country is a party or alliance; "the Democratic National Convention" (no country) stays an event.
    /// </summary>
    private bool IsPartyConvention(ReadOnlySpan<char> headWord, int first, int head, int last)
    {
        if (headWord is not "convention" || head == first || head + 2 > last || !TokenText.Is(_text, _tokens[head + 1], "of")
            || !(Gazetteer.Lookup.TryGetValue(TokenText.Join(_text, _tokens, head + 2, last), out var country) && country.Type == EntityTypes.Geopolitical))
        {
            return false;
        }

        for (var i = first; i < head; i++)
        {
            if (TokenText.LowerIn(PoliticalWords, _text, _tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasForeignOrganizationHead(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (TokenText.LowerIn(NameWords.ForeignOrganizationHeads, _text, _tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Confederation of African Football", "Federation of Korean Industries": a federation of something other than a place
    /// is a body of members, not a state ("Russian Federation", "Federation of Bosnia and Herzegovina").
    /// </summary>
    private bool IsBodyOfMembers(ReadOnlySpan<char> headWord, int head, int last)
        => headWord is "federation" or "confederation" && head + 1 < last && TokenText.Is(_text, _tokens[head + 1], "of")
           && !Gazetteer.Lookup.ContainsKey(TokenText.Join(_text, _tokens, head + 2, last));

    private string? ClassifySingle(int i)
    {
        var token = _tokens[i];
        var word = TokenText.Of(_text, token);
        if (TokenText.HasAmpersandWord(_text, _tokens, i, i))
        {
            return EntityTypes.Organization;
        }

        if (TokenText.IsAcronym(_text, token))
        {
            return _termAcronymLookup.Contains(word) ? null : EntityTypes.Organization;
        }

        if (i > 0 && TokenText.LowerIn(PlacePrepositions, _text, _tokens[i - 1]))
        {
            return EntityTypes.Geopolitical;
        }

        if (word.EndsWith("ia", StringComparison.Ordinal) || word.EndsWith("stan", StringComparison.Ordinal) || word.EndsWith("land", StringComparison.Ordinal))
        {
            return EntityTypes.Geopolitical;
        }

        if (IsDemonymLike(TokenText.Lower(_text, token, stackalloc char[StackLowerChars])) && i + 1 < _tokens.Length && _tokens[i + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i + 1].Start]))
        {
            return EntityTypes.Nationality;
        }

        // Otherwise a single unknown word is typed by linking when it is part of a longer name; a word that stands alone mid-sentence
        // is most often an organisation or product ("LibriVox", "Scientology").
        if (FollowedBySpeechVerb(i))
        {
            return EntityTypes.Person;
        }

        return !_sentenceStart[i] && _aloneMidSentenceLookup.TryGetValue(word, out var alone) && alone >= 2 && !OccursInLowerCase(i) ? "?ORG" : "?";
    }

    /// <summary>"Neighbouring", "Reportedly", "Embattled": participles and adverbs that open sentences before names.</summary>
    private static bool LooksLikeModifier(ReadOnlySpan<char> lower)
        => lower.Length > 4 && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal));
}
