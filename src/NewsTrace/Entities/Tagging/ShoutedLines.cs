using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Lines written wholly in capitals: wire headlines ("RUGBY UNION - WALES BEAT ITALY IN CARDIFF") and datelines
/// ("CARDIFF 1997-03-02"). Capitals carry no information there, so every word looks like an acronym to the rules and the
/// tagger, and both invent names ("BEAT ITALY" as an organisation). On such a line only names the gazetteer knows are kept,
/// looked up in title case ("WALES" as "Wales"), longest first, and names the rest of the document found in ordinary case
/// ("SELES BEATS HUBER" after "Monica Seles" and "Anke Huber" in the story: a person's surname counts); everything else found
/// on the line is dropped. A first line in title case ("Hollis Mocks Rural Voters at Ritzy Fundraiser"), a web headline, is
/// read the same way.
/// </summary>
internal static class ShoutedLines
{
    private const int MaxChars = 96;

    /// <summary>Replaces the names on shouted lines of <paramref name="merged"/> with the gazetteer's reading of those lines.</summary>
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        List<(int From, int To)>? shouted = null;
        foreach (var line in TokenLines.Of(text, tokens))
        {
            if (IsShouted(text, tokens, line.From, line.To) || (line.From == 0 && IsTitleCased(text, tokens, line.From, line.To)))
            {
                (shouted ??= []).Add(line);
            }
        }

        if (shouted is null)
        {
            return;
        }

        var documentNames = DocumentNames(text, tokens, merged, shouted);
        var teamSport = TeamSides.IsTeamSportStory(text);
        var noDocumentNames = new Dictionary<string, (string Type, string? Canonical)>(StringComparer.Ordinal);
        foreach (var (first, end) in shouted)
        {
            merged.RemoveAll(name => name.FirstToken < end && name.LastToken >= first);
            // A dateline names the place the story was filed from, whatever the story calls that name ("CLEVELAND 1996-08-21" in a report on the Cleveland Indians).
            var dateline = IsDateline(text, tokens[first], tokens[end - 1]);
            AddKnownNames(text, tokens, first, end, merged, dateline ? noDocumentNames : documentNames, teamSport && !dateline);
        }
    }

    /// <summary>The names found off the shouted lines, keyed in capitals, with each person's surname; the first reading of a surface wins.</summary>
    private static Dictionary<string, (string Type, string? Canonical)> DocumentNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, List<(int From, int To)> shouted)
    {
        var names = new Dictionary<string, (string Type, string? Canonical)>(StringComparer.Ordinal);
        // In text order: the story's first reading of a name ("Barcelona thrashed Valencia" before "the streets of Barcelona") is the headline's.
        foreach (var name in merged.OrderBy(name => name.FirstToken))
        {
            if (shouted.Exists(line => name.FirstToken < line.To && name.LastToken >= line.From))
            {
                continue;
            }

            var surface = TokenText.Join(text, tokens, name.FirstToken, name.LastToken).ToUpperInvariant();
            names.TryAdd(surface, (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken)));
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken)
            {
                names.TryAdd(TokenText.Of(text, tokens[name.LastToken]).ToString().ToUpperInvariant(), (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken)));
                AddParticleSurname(text, tokens, name, names);

                // "SUU KYI" over "Aung San Suu Kyi": a name of four words or more goes by its last two too.
                if (name.LastToken - name.FirstToken >= 3)
                {
                    names.TryAdd(TokenText.Join(text, tokens, name.LastToken - 1, name.LastToken).ToUpperInvariant(), (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken)));
                }
            }

            // "AJAX HELD BY VITESSE" over "Ajax Amsterdam ... Vitesse Arnhem", "SIEMENS PROFIT RISES" over "Siemens AG": a club
            // named with its town, or a company with its legal form, goes by its first word in the headline.
            if (name.Type == EntityTypes.Organization && name.LastToken > name.FirstToken && ShortNameEnd(text, tokens, name) is { } end)
            {
                var full = name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken);
                names.TryAdd(TokenText.Join(text, tokens, name.FirstToken, end).ToUpperInvariant(), (name.Type, full));

                // "BARRICK" over "Barrick Gold Corp": the line of business before the legal form goes too ("Gold" only
                // there: elsewhere it is also a surname).
                while (end > name.FirstToken && NameWords.CompanyForms.Contains(TokenText.Of(text, tokens[name.LastToken]))
                       && (NameWords.CompanyBusinessWords.Contains(TokenText.Of(text, tokens[end]))
                           || TokenText.Is(text, tokens[end], "Gold")))
                {
                    end--;
                    names.TryAdd(TokenText.Join(text, tokens, name.FirstToken, end).ToUpperInvariant(), (name.Type, full));
                }
            }

            // "INDIANS EDGE ORIOLES" over a story that says "the Cleveland Indians": a team's nickname is that team.
            if (name.Type == EntityTypes.Organization && name.LastToken > name.FirstToken)
            {
                for (var words = Math.Min(2, name.LastToken - name.FirstToken); words >= 1; words--)
                {
                    var nickname = TokenText.Join(text, tokens, name.LastToken - words + 1, name.LastToken);
                    if (SportsTeams.Nicknames.Contains(nickname) || SportsTeams.NicknamesAfterCity.Contains(nickname))
                    {
                        names.TryAdd(nickname.ToUpperInvariant(), (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken)));
                        break;
                    }
                }
            }
        }

        return names;
    }

    /// <summary>"DE SILVA" over "Aravinda de Silva", "DEL PIERO" over "Alessandro Del Piero": a surname with a particle is the person in capitals too, particle and all.</summary>
    private static void AddParticleSurname(string text, ImmutableArray<Token> tokens, NameCandidate name, Dictionary<string, (string Type, string? Canonical)> names)
    {
        for (var m = name.FirstToken + 1; m < name.LastToken; m++)
        {
            if (ParticleSurnames.IsParticle(TokenText.Of(text, tokens[m])))
            {
                names.TryAdd(TokenText.Join(text, tokens, m, name.LastToken).ToUpperInvariant(), (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken)));
                return;
            }
        }
    }

    /// <summary>
    /// Where the organisation's short name ends: before its legal form ("Rheintal Chemie" of "Rheintal Chemie GmbH"), or at
    /// the first word of a club named with its town ("Ajax" of "Ajax Amsterdam"); null otherwise, or when that word is a
    /// known name or a head word itself.
    /// </summary>
    private static int? ShortNameEnd(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        var first = TokenText.Of(text, tokens[name.FirstToken]);
        var last = TokenText.Of(text, tokens[name.LastToken]);

        // "BRITISH AIRWAYS" over "British Airways Plc": two words or more before the form are the name, whatever the first
        // is; "SAMSUNG ELECTRONICS" over "Samsung Electronics Co Ltd" drops both forms.
        var forms = NameWords.CompanyForms;
        var formed = forms.Contains(last);
        var beforeForms = name.LastToken - 1;
        while (formed && beforeForms > name.FirstToken + 1 && forms.Contains(TokenText.Of(text, tokens[beforeForms])))
        {
            beforeForms--;
        }

        if (formed && beforeForms > name.FirstToken)
        {
            return beforeForms;
        }

        if (first.Length < 3 || Gazetteer.Lookup.ContainsKey(first) || NameWords.OrganizationHeads.Contains(first.ToString().ToLowerInvariant()))
        {
            return null;
        }

        if (formed)
        {
            return name.LastToken - 1;
        }

        return name.LastToken == name.FirstToken + 1 && Gazetteer.Lookup.TryGetValue(last, out var town) && town.Type == EntityTypes.Geopolitical
            ? name.FirstToken
            : null;
    }

    /// <summary>True when the line ends in an ISO date ("LONDON 1996-08-30"), the dateline's form in wire copy.</summary>
    internal static bool IsDateline(string text, Token first, Token last)
    {
        var line = text.AsSpan(first.Start, last.End - first.Start);
        if (line.Length < 11)
        {
            return false;
        }

        var date = line[^10..];
        return date[4] == '-' && date[7] == '-' && date[..4].IndexOfAnyExceptInRange('0', '9') < 0
            && date[5..7].IndexOfAnyExceptInRange('0', '9') < 0 && date[8..].IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>
    /// True when tokens [from, to) have no lower-case letter and at least one capitalised word of four letters or more. A
    /// line ending in a colon is a transcript's speaker label ("SERGEY LAVROV:"), whose name the rules and tagger keep.
    /// </summary>
    private static bool IsShouted(string text, ImmutableArray<Token> tokens, int from, int to)
    {
        if (TokenText.Of(text, tokens[to - 1]).SequenceEqual(":"))
        {
            return false;
        }

        var longWord = false;
        for (var i = from; i < to; i++)
        {
            var word = TokenText.Of(text, tokens[i]);
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsUpper(c) ? 1 : 0;
            }

            longWord |= letters >= 4;
        }

        return longWord;
    }

    /// <summary>
    /// True for a headline in title case ("Hollis Mocks Rural Voters at Ritzy Fundraiser"): five words or more, each
    /// capitalised but for short function words, and no full stop at the end. Capitals carry no information there either.
    /// </summary>
    private static bool IsTitleCased(string text, ImmutableArray<Token> tokens, int from, int to)
    {
        if (TokenText.Of(text, tokens[to - 1]) is "." or ":")
        {
            return false;
        }

        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(text[tokens[i].Start]) && !SmallWords.Contains(TokenText.Of(text, tokens[i])))
            {
                return false;
            }
        }

        return words >= 5;
    }

    /// <summary>The company list compared without case: a headline has none of its capitals inside words ("VALUJET", "ValuJet").</summary>
    private static readonly WordSet CompanyLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Companies.Names, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Towns' clubs whose names in capitals are also headline words ("WIN ISTANBUL DERBY", "NICE", "READING").</summary>
    private static readonly string[] HeadlineWordClubs = ["Derby", "Nice", "Reading", "Lens"];

    private static readonly WordSet ClubLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(SportsTeams.Clubs, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Nicknames that are a team alone. Those that are common words ("HEAT", "CLASH") are a team in a headline only where
    /// the story names the team in full (see the document's names above).
    /// </summary>
    private static readonly WordSet NicknameLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(SportsTeams.Nicknames, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet PlaceNamedClubLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(SportsTeams.PlaceNamedClubs.Except(HeadlineWordClubs), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet SmallWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs", "vs."], StringComparer.Ordinal);

    /// <param name="teamSport">Whether the line heads a team sport's story, where a club's or a team's name is the team.</param>
    private static void AddKnownNames(string text, ImmutableArray<Token> tokens, int from, int to, List<NameCandidate> merged, Dictionary<string, (string Type, string? Canonical)> documentNames, bool teamSport)
    {
        var documentLookup = documentNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> surface = stackalloc char[MaxChars];
        Span<char> upper = stackalloc char[MaxChars];
        var i = from;
        while (i < to)
        {
            var matched = 0;
            var afterPlace = AfterPlacePreposition(text, tokens, i, from);
            for (var length = Math.Min(Gazetteer.MaxWords, to - i); length >= 1 && matched == 0; length--)
            {
                if (!TokenText.TryJoin(text, tokens, i, i + length - 1, surface, out var written))
                {
                    continue;
                }

                var probe = surface[..written];
                // Document names are keyed in capitals; a title-case headline is looked up so too.
                var capitals = upper[..probe.ToUpperInvariant(upper)];
                // "BAYERN SLIP IN HAMBURG": after a place preposition a known place stays the place, though the story's
                // "Hamburg" is the club.
                if (written >= 2 && documentLookup.TryGetValue(capitals, out var found)
                    && !(found.Type == EntityTypes.Organization && afterPlace && IsKnownPlace(probe)))
                {
                    merged.Add(new NameCandidate(i, i + length - 1, found.Type, found.Canonical, NameEvidence.Strong));
                    matched = length;
                }
                else if (teamSport && IsTeam(capitals, afterPlace))
                {
                    // "SOCCER - SCHALKE HOLD BAYERN", "RUGBY UNION - SPRINGBOKS RUN IN SIX TRIES": a side the lists know.
                    merged.Add(new NameCandidate(i, i + length - 1, EntityTypes.Organization, null, NameEvidence.Strong));
                    matched = length;
                }
                else if (Gazetteer.Lookup.TryGetValue(probe, out var entry) || Gazetteer.Lookup.TryGetValue(NameCase.FromCapitals(probe), out entry))
                {
                    merged.Add(new NameCandidate(i, i + length - 1, entry.Type, entry.Canonical, NameEvidence.Strong));
                    matched = length;
                }
                else if (CompanyLookup.Contains(capitals))
                {
                    // "VALUJET FLIES AGAIN" over a story that names "ValuJet Airlines": a company the lists know keeps its name.
                    merged.Add(new NameCandidate(i, i + length - 1, EntityTypes.Organization, null, NameEvidence.Strong));
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    /// <summary>
    /// Whether the words, in capitals, are a club, a team's nickname, or (but after "IN", "AT", "NEAR" or "FROM") a club
    /// named after its town ("MILAN SLIP AGAIN", but "WIN IN MILAN").
    /// </summary>
    private static bool IsTeam(ReadOnlySpan<char> capitals, bool afterPlacePreposition)
        => ClubLookup.Contains(capitals) || NicknameLookup.Contains(capitals) || (!afterPlacePreposition && PlaceNamedClubLookup.Contains(capitals));

    /// <summary>Whether the word before token <paramref name="i"/> on the line places it ("IN", "AT", "NEAR", "FROM").</summary>
    private static bool AfterPlacePreposition(string text, ImmutableArray<Token> tokens, int i, int from)
        => i > from && TokenText.Of(text, tokens[i - 1]) is "IN" or "AT" or "NEAR" or "FROM" or "In" or "At" or "Near" or "From";

    /// <summary>Whether the gazetteer knows the words, as written or in title case, as a place.</summary>
    private static bool IsKnownPlace(ReadOnlySpan<char> probe)
    {
        if (Gazetteer.IsPlace(probe))
        {
            return true;
        }

        // Title case in a copy: the caller still reads the words as written.
        Span<char> copy = stackalloc char[MaxChars];
        probe.CopyTo(copy);
        return Gazetteer.IsPlace(NameCase.FromCapitals(copy[..probe.Length]));
    }
}
