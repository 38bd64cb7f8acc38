using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Combines the tagger's names with the rules'. The rules win where they are sure (<see cref="NameEvidence.Strong"/>: a known
/// name, a name after a title, a defined acronym), since the tagger learnt from a small corpus and the word lists carry facts
/// it has not seen; a strong name inside a longer tagged name gives way to it ("Victoria" in "Victoria Hale", "Australia" in
/// "Medical Journal of Australia") unless it is a titled person. The tagger decides everything else; names the rules typed by
/// their head word ("Brenna River") fill places where it found nothing, and so do the rules' nationality mentions
/// ("Ukrainian officials"), which the training data does not mark. Types: the tagger's LOC becomes the rules' GPE or LOC when
/// they have one, else LOC for a place named by its head word ("Castlefrank Road") and GPE otherwise. Last,
/// <see cref="NamePropagation"/> finds the document's names again where they recur.
/// </summary>
internal static partial class CandidateMerger
{
    /// <summary>
    /// Heads that make a name a body even where the tagger, led by a known place inside it, called it a place ("West Coast
    /// Bank", "Gulf Coast University"). Facilities ("Center", "Museum", "Hall") are left to the tagger, as they name places too.
    /// </summary>
    private static readonly WordSet InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "bank", "party", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "group", "association",
        "federation", "ministry", "agency", "bureau", "commission", "committee", "university", "college", "institute",
        "foundation", "airlines", "airways", "fund", "court", "tribunal", "council", "radio", "television",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "Vantreese announced" after "Eleanor Vantreese": a word guessed a nationality by its ending ("-ese", "-ian") that closes
    /// a person's name found in the document is that person, left for <see cref="NamePropagation"/> to find.
    /// </summary>
    private static bool IsGuessedNationalityThatIsASurname(string text, ImmutableArray<Token> tokens, NameCandidate rule, List<NameCandidate> merged)
    {
        if (rule.Type != EntityTypes.Nationality || rule.Evidence != NameEvidence.Guess || rule.FirstToken != rule.LastToken)
        {
            return false;
        }

        var word = TokenText.Of(text, tokens[rule.FirstToken]);
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && TokenText.Of(text, tokens[name.LastToken]).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    public static List<NameCandidate> Merge(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> rules, List<TokenSpan> tagged, ImmutableArray<string> labels, LowerCaseWordSet lowerCaseWords)
    {
        var strong = rules.Where(rule => rule.Evidence == NameEvidence.Strong).ToList();
        var merged = new List<NameCandidate>(tagged.Count + strong.Count);
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        var marks = new RuleMarks(rules, strong, tokens.Length);
        foreach (var taggedSpan in tagged)
        {
            var span = WithHeadWord(text, tokens, rules, marks, WithoutLowerCaseOpening(text, tokens, WithoutArticle(text, tokens, sentenceStarts, WithoutInterjection(text, tokens, taggedSpan), labels)));
            span = WithoutNationality(text, tokens, rules, strong, marks, span, labels);
            var overriding = IsOverridden(strong, marks, span);
            if (!overriding)
            {
                var exact = IndexOfSame(rules, marks, span);
                var rule = exact >= 0 ? rules[exact] : default;

                // Where the rules typed the very same name by its head word ("Federal Republic of Ostrava"), the head word decides.
                // Else a known place closing the name types it ("the French Riviera").
                var typing = exact >= 0 ? rule : marks.AnyStrongEndsAt(span.Last) ? PlaceClosing(strong, span) : default;
                var type = rule.Evidence == NameEvidence.Likely ? rule.Type : TypeOf(text, tokens, span, labels[span.Label], typing);
                var canonical = rule.Canonical is not null && rule.Type == type ? rule.Canonical : null;
                Claim(owner, span.First, span.Last, merged.Count);
                merged.Add(new NameCandidate(span.First, span.Last, type, canonical, NameEvidence.Strong));
            }
        }

        foreach (var tier in (ReadOnlySpan<NameEvidence>)[NameEvidence.Strong, NameEvidence.Likely])
        {
            foreach (var rule in rules)
            {
                var fills = rule.Evidence == tier || (tier == NameEvidence.Likely && rule.Type == EntityTypes.Nationality);
                if (fills && owner.AsSpan(rule.FirstToken, rule.LastToken - rule.FirstToken + 1).IndexOfAnyExcept(-1) < 0
                    && !IsGuessedNationalityThatIsASurname(text, tokens, rule, merged))
                {
                    Claim(owner, rule.FirstToken, rule.LastToken, merged.Count);
                    merged.Add(rule);
                }
            }
        }

        // "beat Thomas Enqvist": a known given name and one capitalised word the tagger passed over are a person. Added
        // after the merge, not as stronger rule evidence, which the tagger reads as a feature and would weigh elsewhere.
        GuessedPeople.Fill(text, tokens, sentenceStarts, rules, owner, merged, lowerCaseWords);

        PersonAfterInstitution.Split(text, tokens, merged);
        HonorificInsideName.Cut(text, tokens, merged);
        TitlesInsideNames.Cut(text, tokens, merged);
        PortfoliosBeforeTitles.Apply(text, tokens, merged);
        PlaceTails.Cut(text, tokens, merged);
        PlacePrefixes.Apply(text, tokens, merged);
        StateTitles.Apply(text, tokens, merged);
        PossessiveSplits.Apply(text, tokens, merged);
        NationalityBeforeKnownBodies.Apply(text, tokens, merged);
        AppositionPeople.Apply(text, tokens, rules, merged);
        ClaimAll(owner, merged);
        PersonParticles.Extend(text, tokens, sentenceStarts, merged, owner);
        PersonTails.Extend(text, tokens, sentenceStarts, merged, owner, lowerCaseWords);
        PersonInitials.Extend(text, tokens, merged);
        PlaceContext.Retype(text, tokens, merged, lowerCaseWords);
        DemonymPlaces.Apply(text, tokens, merged);
        SurnamePlaces.Retype(text, tokens, merged);
        CompanyContext.Apply(text, tokens, merged);
        FirmOpeners.Apply(text, tokens, sentenceStarts, merged);
        CompaniesBeforeRoles.Apply(text, tokens, merged, lowerCaseWords);
        PersonOfFirm.Apply(text, tokens, merged);
        DescribedNames.Apply(text, tokens, merged);
        OrganisationJoins.Apply(text, tokens, merged);
        NationalityTails.Apply(text, tokens, merged);
        OfficeOfNames.Apply(text, tokens, merged);
        OwnerPersonSplits.Apply(text, tokens, merged);
        PluralPossessiveNames.Apply(text, tokens, merged);
        FacilityNames.Apply(text, tokens, sentenceStarts, merged);
        CountryNamedOrganisations.Apply(text, tokens, sentenceStarts, merged);
        PlacesAfterAt.Retype(text, tokens, merged);
        ClubPrefixNames.Apply(text, tokens, merged);
        FormWordNames.Apply(text, tokens, merged);
        PluralGroupNames.Apply(text, tokens, merged);
        LoneSurnames.Apply(text, tokens, sentenceStarts, merged);
        PlacedBodies.Apply(text, tokens, merged);
        BracketedAliases.Apply(text, tokens, merged);
        InitialledNames.Apply(text, tokens, merged);
        SentenceOpeningNouns.Apply(text, tokens, sentenceStarts, merged);
        SentenceOpeningNumbers.Apply(text, tokens, sentenceStarts, merged);
        StormNames.Apply(text, tokens, sentenceStarts, merged);
        CraftNames.Apply(text, tokens, merged);
        AirlineNames.Apply(text, tokens, merged);
        AmpersandFirms.Apply(text, tokens, merged);
        PartyNames.Apply(text, tokens, merged);
        StatePartyNames.Apply(text, tokens, merged);
        GivenNamePlaces.Apply(text, tokens, merged, lowerCaseWords);
        CompoundAdjectives.Apply(text, tokens, merged);
        OrganisationPrefixNames.Apply(text, tokens, merged);
        GivenNameGroupWords.Apply(text, tokens, merged);
        CompetitorLines.Apply(text, tokens, merged);
        SquadClubs.Apply(text, tokens, merged);
        ScorerLists.Apply(text, tokens, merged);
        CricketScorecards.Apply(text, tokens, merged);
        CricketInnings.Apply(text, tokens, merged);
        PeoplesNames.Apply(text, tokens, merged);
        ClaimAll(owner, merged);
        KnownAsNames.Apply(text, tokens, merged);
        SelfIntroductions.Apply(text, tokens, merged);
        Citations.Apply(text, tokens, merged, owner);
        TrailingWeekdays.Apply(text, tokens, merged);
        ClaimAll(owner, merged);
        NamePropagation.Propagate(text, tokens, sentenceStarts, merged, owner, lowerCaseWords);
        ParticleSurnames.Extend(text, tokens, merged, owner);
        OneWordOrganisations.Apply(text, tokens, merged);
        SportsTeamContext.Apply(text, tokens, sentenceStarts, merged);
        NewspaperShortNames.Apply(text, tokens, merged);
        TitlesAlone.Apply(text, tokens, merged);
        TitleOffices.Apply(text, tokens, merged);
        PartyTags.Apply(text, tokens, merged);
        ChamberNames.Apply(text, tokens, merged);
        ShoutedLines.Apply(text, tokens, merged);
        PressDigestTitles.Apply(text, tokens, merged);
        Datelines.Apply(text, tokens, merged);
        ResultsLines.Apply(text, tokens, merged);
        VersusLines.Apply(text, tokens, merged);
        TeamSides.Apply(text, tokens, sentenceStarts, merged);
        SportVenues.Apply(text, tokens, merged);
        EventNamesOut.Apply(text, tokens, merged);
        LanguageNames.Apply(text, tokens, merged);
        FlightNumbers.Apply(text, tokens, merged);
        CurrencyPrefixes.Apply(text, tokens, merged);
        CrudeOilGrades.Apply(text, tokens, merged);
        QuotedTitles.Apply(text, tokens, merged);
        CompanyFormPrefixes.Apply(text, tokens, merged);
        return merged;
    }

    /// <summary>True when a strong rule name overlaps <paramref name="span"/> and does not give way to it.</summary>
    private static bool IsOverridden(List<NameCandidate> strong, RuleMarks marks, TokenSpan span)
    {
        // A strong name overlapping the span starts at most its length before it.
        var byStart = marks.Strong;
        for (var p = byStart.FirstFrom(span.First - marks.LongestStrong + 1); p < byStart.Count && byStart.StartAt(p) <= span.Last; p++)
        {
            var rule = strong[byStart.IndexAt(p)];
            if (Overlaps(rule, span.First, span.Last) && !YieldsTo(rule, span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first rule name of exactly the tokens of <paramref name="span"/>, or -1.</summary>
    private static int IndexOfSame(List<NameCandidate> rules, RuleMarks marks, TokenSpan span)
    {
        for (var p = marks.Rules.First(span.First); p >= 0; p = marks.Rules.Next(p))
        {
            var k = marks.Rules.IndexAt(p);
            if (rules[k].LastToken == span.Last)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The first strong place name that closes <paramref name="span"/> and starts inside it, or none.</summary>
    private static NameCandidate PlaceClosing(List<NameCandidate> strong, TokenSpan span)
    {
        foreach (var known in strong)
        {
            if (known.LastToken == span.Last && known.FirstToken > span.First && known.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                return known;
            }
        }

        return default;
    }

    private static bool Overlaps(NameCandidate rule, int first, int last) => rule.FirstToken <= last && first <= rule.LastToken;

    /// <summary>A strong rule name gives way to a tagged name that contains it and is longer, unless it is a titled person.</summary>
    private static bool YieldsTo(NameCandidate rule, TokenSpan span)
        => span.First <= rule.FirstToken && rule.LastToken <= span.Last && (span.First, span.Last) != (rule.FirstToken, rule.LastToken)
           && (rule.Type != EntityTypes.Person || rule.Canonical is not null);

    internal static void Claim(int[] owner, int first, int last, int index) => owner.AsSpan(first, last - first + 1).Fill(index);

    /// <summary>Rebuilds the token owners after a pass replaced names in <paramref name="merged"/>.</summary>
    private static void ClaimAll(int[] owner, List<NameCandidate> merged)
    {
        Array.Fill(owner, -1);
        for (var k = 0; k < merged.Count; k++)
        {
            Claim(owner, merged[k].FirstToken, merged[k].LastToken, k);
        }
    }

    /// <summary>
    /// Words that end firms' names and never a person's, besides the legal forms; also a market's or an exchange's ("Jagalchi
    /// Market", "Kuala Lumpur Tin Market", "Tokyo Stock Exchange"), a shipping line's ("Neptune Orient Lines") and a
    /// newspaper's ("Nezavisimaya Gazeta", "Frankfurter Allgemeine Zeitung", "Daily Observer", "Ryukyu Shimpo"), which the tagger may read as a person's given
    /// name and surname; and lines of business no surname is ("Randfontein Estates", "Kingsmill Sugar Brokers"), not "Mills"
    /// or "Steel", which are.
    /// </summary>
    private static readonly WordSet FirmLastWords = FrozenSet.ToFrozenSet(
        ["management", "securities", "investments", "partners", "associates", "holdings", "industries", "enterprises", "technologies", "mutual",
            "transport", "logistics", "airlines", "airways", "pharmaceuticals", "systems", "solutions", "ventures", "resources", "properties",
            "telecom", "communications", "electronics", "chemicals", "motorsports", "utilities", "international", "research", "consulting", "consultants",
            "market", "markets", "exchange", "lines", "gazette", "gazeta", "zeitung", "estates", "promotions", "brokers", "advisory", "metals",
            "minerals", "foods", "textiles", "motors", "petroles", "celular", "pipelines", "fertiliser", "fertilizer", "fertilisers", "fertilizers",
            "realtors", "traders", "observer", "inquirer", "shimpo", "shimbun", "tribune", "chronicle"],
        StringComparer.Ordinal);

    /// <summary>
    /// First words of broadcasters', newspapers' and Romance-language firms' names, which open no person's name. Not those a
    /// "de" follows ("Societe Lorraine de Ceramique"), which the person's reading carries over the particle for the company
    /// passes to retype, nor "Aguas", which opens places too ("Aguas Blancas").
    /// </summary>
    private static readonly WordSet CompanyOpeners = FrozenSet.ToFrozenSet(
        ["Radio", "Television", "Radiotelevisione", "Gazeta", "Consorcio", "Transportes", "Industrias", "Grupo", "Empresa", "Empresas"],
        StringComparer.Ordinal);

    /// <summary>
    /// German and Nordic bank names written as one word ("Riksbank", "Landesbank", "Handelsbanken"); not any word in "-bank",
    /// which surnames end in too ("Marchbank", "Fairbank").
    /// </summary>
    private static readonly string[] BankCompoundEndings = ["banken", "riksbank", "bundesbank", "nationalbank", "landesbank", "volksbank", "postbank", "girobank"];

    private static bool IsBankCompound(ReadOnlySpan<char> word)
    {
        foreach (var ending in BankCompoundEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool EndsLikeAFirm(string text, Token last)
    {
        // Asked of every name of more than one word: the lower-cased word is looked up without a string.
        Span<char> buffer = stackalloc char[32];
        var lower = TokenText.Lower(text, last, buffer);
        return TokenText.IsCapitalised(text, last) && (FirmLastWords.Contains(lower)
                                                       || (NameWords.CompanyForms.Contains(lower) && lower is not ("as" or "co" or "co." or "ab")));
    }

    private static string TypeOf(string text, ImmutableArray<Token> tokens, TokenSpan span, string label, NameCandidate rule)
    {
        switch (label)
        {
            case "PER":
                // "P&O Nedlloyd": partners' initials joined by an ampersand name a firm, whatever the tagger's shape reading;
                // "Euro Disney SCA", "Morgan Grenfell Asset Management": no person's name ends in a legal form or a firm's word.
                // "Riksbank", "Skandinaviska Enskilda Banken": a name ending in a bank compound names a bank.
                // "Radio Caracol", "Gazeta Wyborcza", "Consorcio Paulista Celular", "Transportes Mantaro": a broadcaster's, a
                // newspaper's or a Romance-language firm's first word opens no person's name.
                return TokenText.HasAmpersandWord(text, tokens, span.First, span.Last) || (span.Last > span.First && EndsLikeAFirm(text, tokens[span.Last]))
                       || IsBankCompound(TokenText.Of(text, tokens[span.Last]))
                       || (span.Last > span.First && CompanyOpeners.Contains(TokenText.Of(text, tokens[span.First])))
                    ? EntityTypes.Organization
                    : EntityTypes.Person;
            case "ORG":
                return EntityTypes.Organization;
            case "NORP":
                return EntityTypes.Nationality;
            default:
                // "Kochi Spice Traders", "the Naha Shimpo": a place's name opens many a firm's or paper's, whose last word tells it;
                // not a market's, which is as often the place where it is held ("the Fulton Fish Market").
                if (span.Last > span.First && EndsLikeAFirm(text, tokens[span.Last]) && TokenText.Lower(text, tokens[span.Last]) is not ("market" or "markets"))
                {
                    return EntityTypes.Organization;
                }

                if (rule.Type is EntityTypes.Geopolitical or EntityTypes.Location)
                {
                    return rule.Type;
                }

                var head = TokenText.Lower(text, tokens[span.Last]);
                if (InstitutionHeads.Contains(head))
                {
                    return EntityTypes.Organization;
                }

                return NameWords.LocationHeads.Contains(head) ? EntityTypes.Location : EntityTypes.Geopolitical;
        }
    }
}
