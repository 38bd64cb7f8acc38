using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Real Zaragoza", "Torpedo Yaroslavl beat Metallurg Magnitogorsk", "Borussia Dortmund": a club word
/// (<see cref="SportsTeams.ClubPrefixes"/>) and a capitalised word after it name a club, which the tagger, seeing a first
/// name and a surname or a word and a town, reads as a person or a place. A name opening with the club word becomes the
/// club; where only the town was found, the club word before it is taken in, and where nothing was found the two words
/// are added. A club word alone is the club only where the
/// document names one club with it and a comma, full stop or result verb follows ("Real, who had led ..."); otherwise it
/// is left ("Real estate prices rose").
/// </summary>
internal static class ClubPrefixNames
{

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var before = name.FirstToken - 1;
            if (name.LastToken > name.FirstToken && IsClubWord(text, tokens, name.FirstToken, name.FirstToken + 1))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
            else if (before >= 0 && IsClubWord(text, tokens, before, name.FirstToken) && MergedNames.At(merged, before) is null
                     && name.Type != EntityTypes.Nationality)
            {
                merged[k] = new NameCandidate(before, name.LastToken, EntityTypes.Organization, null, NameEvidence.Strong);
            }
        }

        AddUnclaimedClubs(text, tokens, merged);
        AddLoneClubWords(text, tokens, merged);
    }

    /// <summary>"Barcelona beat Real Zaragoza 3-1": a club word and a capitalised word nothing found are the club.</summary>
    private static void AddUnclaimedClubs(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // A club word is followed by a capitalised word: the walk is over those, the club word the token before each.
        var next = 0;
        foreach (var after in CapitalisedTokens.Of(text, tokens))
        {
            var i = after - 1;
            if (i >= next && IsClubWord(text, tokens, i, after) && MergedNames.At(merged, i) is null && MergedNames.At(merged, after) is null)
            {
                merged.Add(new NameCandidate(i, after, EntityTypes.Organization, null, NameEvidence.Strong));
                next = after + 1;
            }
        }
    }

    /// <summary>
    /// "Real Madrid ... Real, who had led the table": where the document names exactly one club opening with a club word,
    /// that word alone before a comma, a full stop or a result verb is the club.
    /// </summary>
    private static void AddLoneClubWords(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        Dictionary<string, string?>? clubs = null;
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Organization && name.LastToken > name.FirstToken && IsClubWord(text, tokens, name.FirstToken, name.FirstToken + 1))
            {
                clubs ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                var word = TokenText.Of(text, tokens[name.FirstToken]).ToString();
                var club = TokenText.Join(text, tokens, name.FirstToken, name.LastToken);
                // Two different clubs opening with the same word ("Real Madrid", "Real Zaragoza"): the word alone names neither.
                clubs[word] = clubs.TryGetValue(word, out var seen) && seen != club ? null : club;
            }
        }

        if (clubs is null)
        {
            return;
        }

        // Every club word is a capitalised word (a word of letters opening with a capital), so only those are looked up.
        var clubLookup = clubs.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            if (i + 1 >= tokens.Length || !clubLookup.TryGetValue(TokenText.Of(text, tokens[i]), out var club) || club is null
                || TokenText.IsCapitalised(text, tokens[i + 1]) || !EndsLoneClub(text, tokens[i + 1]))
            {
                continue;
            }

            if (MergedNames.At(merged, i) is { } found && (found.FirstToken != i || found.LastToken != i || found.Type == EntityTypes.Organization))
            {
                continue;
            }

            RemoveAt(merged, i);
            merged.Add(new NameCandidate(i, i, EntityTypes.Organization, club, NameEvidence.Strong));
        }
    }

    /// <summary>Removes the names of token <paramref name="index"/> alone; a method of its own, so the loop over tokens captures nothing.</summary>
    private static void RemoveAt(List<NameCandidate> merged, int index)
        => merged.RemoveAll(name => name.FirstToken == index && name.LastToken == index);

    private static bool EndsLoneClub(string text, Token next)
        => TokenText.Of(text, next) is "," or "." or ";" || SportsTeams.VerbsAfter.Contains(TokenText.Of(text, next).ToString());

    private static bool IsClubWord(string text, ImmutableArray<Token> tokens, int i, int next)
        => SportsTeams.ClubPrefixes.Contains(TokenText.Of(text, tokens[i])) && TokenText.IsCapitalised(text, tokens[next])
           && tokens[next].Start - tokens[i].End == 1 && TokenText.OnSameLine(text, tokens[i], tokens[next]);
}
