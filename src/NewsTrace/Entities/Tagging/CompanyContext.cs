using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Company names the tagger, trained on GUM's few companies, reads as people or places: a name ending in a legal form
/// ("Ford Motor Co") is a company whatever the tagger said, and so is a "person" ending in a line of business ("Heaven
/// Sent Gaming"); the companies, agencies and exchanges of <see cref="Companies"/>
/// are organisations where they stand alone ("Hoechst gained 1.20 marks", "the Itar-Tass news agency"); and a name that
/// shares move with is one ("Kalvero shares fell", "shares of Kalvero", "Kalvero rose 2 to 74"). Runs before
/// <see cref="NamePropagation"/>, so the company's later short mentions are found too.
/// </summary>
internal static partial class CompanyContext
{
    private const int MaxChars = 64;

    private static readonly int MaxWords = Companies.Names.Max(name => name.Split(' ').Length);

    /// <summary>Words of business and form after a country's name: "Airways International Ltd".</summary>
    private const int MaxBusinessWords = 3;

    private static readonly HashSet<string> ShareMoves = new(
        ["rose", "fell", "gained", "slipped", "eased", "climbed", "dropped", "shed", "added", "firmed", "jumped", "tumbled", "plunged", "surged", "slid",
            "up", "down"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> PriceUnits = new(
        ["pence", "pence.", "cents", "cents.", "marks", "pfennigs", "francs", "centimes", "yen", "lire", "points", "percent", "pct", "to", "at", "dollars", "crowns",
         "sen", "rand", "ringgit", "baht", "rupees", "won", "pesos", "kronor", "kroner", "euros", "pounds", "shekels", "lira", "rupee", "rupiah",
         "roubles", "rubles", "zlotys", "forints", "pesetas", "escudos", "drachmas", "shillings", "naira", "yuan", "dinars", "dirhams"],
        StringComparer.Ordinal);

    /// <summary>Lines of business that end a company's name without a legal form ("Heaven Sent Gaming", "Kestrel Productions").</summary>
    private static readonly WordSet BusinessEnds = NameWords.CompanyBusinessWords
        .Where(word => word is not ("air" or "international"))
        .Concat(["gaming", "games", "productions", "films", "publishing", "labs", "interactive", "digital", "studio", "studios", "software"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        RetypeLegalForms(text, tokens, merged);
        RetypeBusinessNames(text, tokens, merged);
        JoinPlaceLedCompanies(text, tokens, merged);
        AddKnownCompanies(text, tokens, merged);
        AddUnclaimedShareNames(text, tokens, merged);
        RetypeShareCues(text, tokens, merged);
        AddUnclaimedPriceMoves(text, tokens, merged);
    }

    private static void RetypeLegalForms(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms;
        AddUnclaimedLegalForms(text, tokens, merged, forms);
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is EntityTypes.Person or EntityTypes.Geopolitical or EntityTypes.Location && name.LastToken > name.FirstToken
                && TokenText.IsCapitalised(text, tokens[name.LastToken]) && forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    /// <summary>
    /// "Heaven Sent Gaming", "Kestrel Productions": a name of two or more words the tagger read as a person, ending in a line
    /// of business, is a company. Names opening with a given name are left ("Tom Steel"), as business words are surnames too.
    /// </summary>
    private static void RetypeBusinessNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];

            // "National Revolutionary Unity", "Patriotic Front Council": a body's head word ends what the tagger read as a person.
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.Canonical is null
                && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken]) && TokenText.IsCapitalised(text, tokens[name.LastToken])
                && !FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])) && !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[name.FirstToken]))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
                continue;
            }

            // "Marubeni Petroleum Europe": so is one whose line of business stands before a place, the arm's market.
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.Canonical is null
                && (BusinessEnds.Contains(TokenText.Of(text, tokens[name.LastToken]))
                    || (name.LastToken > name.FirstToken + 1 && BusinessEnds.Contains(TokenText.Of(text, tokens[name.LastToken - 1])) && Gazetteer.IsPlace(TokenText.Of(text, tokens[name.LastToken]))))
                && !FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
                continue;
            }

            // "analysts at Lakeshore Capital": a name the tagger read as a place, ending in a line of business, whose words
            // the gazetteer does not know as a place (not "Texas Oil", which JoinPlaceLedCompanies reads), is a company.
            if (name.Type is EntityTypes.Location or EntityTypes.Geopolitical && name.LastToken > name.FirstToken && name.Canonical is null
                && BusinessEnds.Contains(TokenText.Of(text, tokens[name.LastToken]))
                && !Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[name.FirstToken]))
                && !Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
                continue;
            }

            // "Goldman Sachs International": a known company and one more word of its own is its arm, not a person.
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken + 1 && name.Canonical is null
                && TokenText.Is(text, tokens[name.LastToken], "International")
                && Companies.Names.Contains(TokenText.Join(text, tokens, name.FirstToken, name.LastToken - 1)))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }

    /// <summary>
    /// "a Kazakhstan Airlines plane", "Thai Airways International", "Indian Oil Corp": a country or nationality the lists
    /// know, followed by lines of business (and a legal form) and no other capitalised word, is a company's name, not the
    /// place and a company ("Iraqi Oil Minister" goes on to a title, so it stays).
    /// </summary>
    private static void JoinPlaceLedCompanies(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms;
        for (var k = 0; k < merged.Count; k++)
        {
            var place = merged[k];
            if (place.Type is not (EntityTypes.Geopolitical or EntityTypes.Nationality) || place.Canonical is null)
            {
                continue;
            }

            var last = place.LastToken;
            while (last + 1 < tokens.Length && last - place.LastToken < MaxBusinessWords && TokenText.IsCapitalised(text, tokens[last + 1])
                   && TokenText.OnSameLine(text, tokens[place.LastToken], tokens[last + 1])
                   && (BusinessEnds.Contains(TokenText.Of(text, tokens[last + 1])) || (last > place.LastToken && IsCompanyTail(text, tokens[last + 1], forms))))
            {
                last++;
            }

            if (last > place.LastToken && !(last + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 1]) && TokenText.OnSameLine(text, tokens[last], tokens[last + 1]))
                && MergedNames.TryReplace(merged, new NameCandidate(place.FirstToken, last, EntityTypes.Organization, null, NameEvidence.Strong)))
            {
                k = -1;
            }
        }
    }

    /// <summary>After a line of business: a legal form, "International" or "System" ("Thai Airways International", "Scandinavian Airlines System").</summary>
    private static bool IsCompanyTail(string text, Token token, WordSet forms)
        => forms.Contains(TokenText.Of(text, token)) || TokenText.Of(text, token) is "International" or "System";

    /// <summary>"Gorvex Industries Co" that neither the rules nor the tagger found: a capitalised run ending in a legal form ("The" left out).</summary>
    private static void AddUnclaimedLegalForms(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, WordSet forms)
    {
        foreach (var last in CapitalisedTokens.Of(text, tokens))
        {
            // "As" in title case is the conjunction of a title-case headline ("Shares Rise As Profits Climb"), not the Norwegian "AS".
            if (last < 1 || !forms.Contains(TokenText.Of(text, tokens[last])) || TokenText.Of(text, tokens[last]).SequenceEqual("As")
                || MergedNames.At(merged, last) is not null)
            {
                continue;
            }

            if (CompanyOfPlace(text, tokens, merged, last) is { } ofPlace)
            {
                MergedNames.TryReplace(merged, ofPlace);
                continue;
            }

            var first = last;
            while (first > 0 && last - first < MaxWords && TokenText.IsCapitalised(text, tokens[first - 1]) && TokenText.OnSameLine(text, tokens[first - 1], tokens[first])
                   && MergedNames.At(merged, first - 1) is null)
            {
                first--;
            }

            if (TokenText.Is(text, tokens[first], "the"))
            {
                first++;
            }

            if (first < last)
            {
                merged.Add(new NameCandidate(first, last, EntityTypes.Organization, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>
    /// "Petroleos de Venezuela SA", "Cementos de Chile SA": capitalised words, "de" (or "do", "da", "del", "of"), a place
    /// the text found and a legal form right after it make one company, the place inside its name.
    /// </summary>
    private static NameCandidate? CompanyOfPlace(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int form)
    {
        if (MergedNames.At(merged, form - 1) is not { Type: EntityTypes.Geopolitical or EntityTypes.Location } place || place.LastToken != form - 1
            || place.FirstToken < 2 || TokenText.Of(text, tokens[place.FirstToken - 1]) is not ("de" or "do" or "da" or "del" or "of"))
        {
            return null;
        }

        var first = place.FirstToken - 1;
        while (first > 0 && place.FirstToken - first <= MaxWords && TokenText.IsCapitalised(text, tokens[first - 1]) && !TokenText.Is(text, tokens[first - 1], "the")
               && TokenText.OnSameLine(text, tokens[first - 1], tokens[form]) && MergedNames.At(merged, first - 1) is null or { Type: EntityTypes.Organization })
        {
            first--;
        }

        return first < place.FirstToken - 1 ? new NameCandidate(first, form, EntityTypes.Organization, null, NameEvidence.Strong) : null;
    }

    private static void AddKnownCompanies(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var known = Companies.Names;
        var firstWords = Companies.FirstWords;
        Span<char> surface = stackalloc char[MaxChars];
        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A company found runs to its last word; the search goes on after it.
            if (i < next || !firstWords.Contains(TokenText.Of(text, tokens[i])))
            {
                continue;
            }

            for (var length = Math.Min(MaxWords, tokens.Length - i); length >= 1; length--)
            {
                if (TokenText.TryJoin(text, tokens, i, i + length - 1, surface, out var written) && known.Contains(surface[..written]))
                {
                    // "MP Pauline Hanson ... Hanson , a former shop owner": a company's one-word name is the surname of a
                    // person the document named in full before it.
                    if (length == 1 && IsSurnameNamedBefore(text, tokens, merged, i))
                    {
                        next = i + 1;
                        break;
                    }

                    if (MergedNames.At(merged, i) is not { Type: EntityTypes.Organization } found || found.FirstToken != i || found.LastToken != i + length - 1)
                    {
                        MergedNames.TryReplace(merged, new NameCandidate(i, i + length - 1, EntityTypes.Organization, null, NameEvidence.Strong));
                    }

                    next = i + length;
                    break;
                }
            }
        }
    }

    private static bool IsSurnameNamedBefore(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i)
    {
        foreach (var person in merged)
        {
            if (person.Type == EntityTypes.Person && person.LastToken > person.FirstToken && person.LastToken < i
                && TokenText.Of(text, tokens[person.LastToken]).SequenceEqual(TokenText.Of(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kalvero shares fell", "shares of Kalvero", "Kalvero rose 2": a person or unknown place reading becomes the company.</summary>
    private static void RetypeShareCues(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            // Known places stay places: "Tokyo shares", "Frankfurt rose 1.5 percent" are markets, not companies.
            if (name.Type is not (EntityTypes.Person or EntityTypes.Geopolitical or EntityTypes.Location))
            {
                continue;
            }

            var next = name.LastToken + 1;
            var sharesAfter = SharesAt(text, tokens, next) || IndexAt(text, tokens, name.FirstToken, next) || BeforeUnitNoun(text, tokens, name, next);
            var moveAfter = next + 1 < tokens.Length && ShareMoves.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TokenText.Of(text, tokens[next]))
                && PriceAt(text, tokens, next + 1);
            // "Orkla was steady at 350.00": a name that holds its price is a company as much as one that moves.
            var steadyAfter = next + 3 < tokens.Length && TokenText.Of(text, tokens[next]) is "was" or "were"
                && TokenText.Of(text, tokens[next + 1]) is "steady" or "unchanged" && TokenText.Is(text, tokens[next + 2], "at") && PriceAt(text, tokens, next + 3);
            var sharesBefore = name.FirstToken >= 2 && TokenText.Is(text, tokens[name.FirstToken - 2], "shares")
                && TokenText.Of(text, tokens[name.FirstToken - 1]) is "of" or "in";
            // A person's name moves by a price only in a market report ("Cadbury Schweppes fell 12 pence"): one word, or a unit after the figure.
            // "Charles Barkley added 18 points" scores: a person named in full with a known given name moves by no price.
            var priced = moveAfter && next + 2 < tokens.Length && (PriceUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TokenText.Of(text, tokens[next + 2])) || ToPriceAfter(text, tokens, next + 2))
                && !(name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])));
            // "Healy added 92 for the eighth wicket": a batsman named in full before moves by runs, not by a price.
            var movingPerson = moveAfter && name.Type == EntityTypes.Person && name.LastToken == name.FirstToken && !priced
                && IsSurnameNamedBefore(text, tokens, merged, name.FirstToken);
            if ((sharesAfter || sharesBefore || (moveAfter && !movingPerson && (name.Type != EntityTypes.Person || name.LastToken == name.FirstToken)) || priced
                 || (steadyAfter && !(name.LastToken > name.FirstToken && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))))
                && !Gazetteer.Entries.ContainsKey(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    /// <summary>
    /// "buying of Telebras preferred shares", "the Merval index": an unknown word no name holds before a class of shares, or
    /// between "the" and "index", is the company or the index. Plain "shares" is left to names found already ("Technology
    /// shares", "Its shares" are no company).
    /// </summary>
    private static void AddUnclaimedShareNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // Both readings need a capitalised word at i (IndexNameStart starts at it).
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            if (i < 1 || i + 2 >= tokens.Length)
            {
                continue;
            }

            if (tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i - 1].Start])
                && TokenText.Of(text, tokens[i + 1]) is not "shares" && SharesAt(text, tokens, i + 1)
                && !Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[i])) && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[i]).ToString())
                && MergedNames.At(merged, i) is null)
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Organization, null, NameEvidence.Strong));
            }
            else if (TokenText.Of(text, tokens[i + 1]) is "index" && IndexNameStart(text, tokens, merged, i) is >= 0 and var first)
            {
                merged.Add(new NameCandidate(first, i, EntityTypes.Organization, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>"the Merval index", "the All Ordinaries index": up to three capitalised words no name holds between "the" and "index"; the first, or -1.</summary>
    private static int IndexNameStart(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int last)
    {
        for (var first = last; first > 0 && last - first < 3 && TokenText.IsCapitalised(text, tokens[first]) && MergedNames.At(merged, first) is null; first--)
        {
            if (TokenText.Of(text, tokens[first - 1]) is "the" or "The")
            {
                return Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, first, last)) ? -1 : first;
            }
        }

        return -1;
    }

    /// <summary>"shares" at <paramref name="i"/>, or a class of shares ("preferred shares", "ordinary shares").</summary>
    private static bool SharesAt(string text, ImmutableArray<Token> tokens, int i)
        => i < tokens.Length && (TokenText.Of(text, tokens[i]) is "shares"
            || (i + 1 < tokens.Length && TokenText.Of(text, tokens[i]) is "preferred" or "preference" or "ordinary" or "common" or "voting" or "bearer"
                && TokenText.Of(text, tokens[i + 1]) is "shares"));

    /// <summary>"the group 's Magma Copper unit": a name of two words or more before "unit" or "subsidiary" is the company.</summary>
    private static bool BeforeUnitNoun(string text, ImmutableArray<Token> tokens, NameCandidate name, int next)
        => next < tokens.Length && name.LastToken > name.FirstToken && TokenText.Of(text, tokens[next]) is "unit" or "subsidiary" or "affiliate" or "division";

    /// <summary>"the Merval index", "the Bovespa index": a name between "the" and "index" is the stock index, which the wire labels as an organisation.</summary>
    private static bool IndexAt(string text, ImmutableArray<Token> tokens, int first, int next)
        => next < tokens.Length && first > 0 && TokenText.Of(text, tokens[next]) is "index" && TokenText.Of(text, tokens[first - 1]) is "the" or "The";
}
