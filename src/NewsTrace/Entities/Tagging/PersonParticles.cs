using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Completes person names whose surname opens with a lower-case particle: "Ursula von der Leyen", "Lula da Silva", "Vincent
/// van Gogh", "Mohammed bin Salman", "Bashar al-Assad", "Patrizia d'Ettorre". The tagger and the rules work on capitalised
/// runs, so they stop at the particle and leave the surname out or make it a second name; such names are common in news and
/// rare in the training data. A person's name is extended over one to three particles and the capitalised word after them
/// (taking in a name found there), or over one word with a joined particle ("al-Assad", "d'Ettorre").
/// </summary>
internal static class PersonParticles
{
    private const int MaxParticles = 3;

    /// <summary>Lower-case particles written joined to the surname by a hyphen or an apostrophe.</summary>
    private static readonly string[] JoinedParticles = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "bin-", "d'", "d’", "l'", "l’", "dell'", "dell’"];

    public static void Extend(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged, int[] owner)
    {
        List<int>? absorbed = null;
        var particleLookup = NameWords.SurnameParticles;
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person || (absorbed is not null && absorbed.Contains(k)))
            {
                continue;
            }

            // "said Pieter van der Velde": the tagger found only the surname; the given name before the particles is the person's.
            if (GivenNameBefore(text, tokens, sentenceStarts, owner, name.FirstToken, particleLookup) is var given and >= 0)
            {
                owner.AsSpan(given, name.FirstToken - given).Fill(k);
                name = name with { FirstToken = given, Canonical = null };
                merged[k] = name;
            }

            var j = name.LastToken + 1;
            var particles = 0;
            while (particles < MaxParticles && j < tokens.Length && !sentenceStarts[j] && owner[j] < 0 && particleLookup.Contains(TokenText.Of(text, tokens[j])))
            {
                j++;
                particles++;
            }

            if (j >= tokens.Length || sentenceStarts[j] || !TokenText.OnSameLine(text, tokens[name.LastToken], tokens[j])
                || !(particles > 0 ? TokenText.IsCapitalised(text, tokens[j]) : IsJoinedParticleName(TokenText.Of(text, tokens[j]))))
            {
                continue;
            }

            var last = j;
            if (owner[j] >= 0 && owner[j] != k)
            {
                // A name found at the surname ("Leyen", "Silva") is part of this one, unless it is a known name of another kind.
                var there = merged[owner[j]];
                if (there.FirstToken != j || (there.Type != EntityTypes.Person && there.Canonical is not null))
                {
                    continue;
                }

                last = there.LastToken;
                (absorbed ??= []).Add(owner[j]);
            }

            merged[k] = name with { LastToken = last, Canonical = null };
            owner.AsSpan(name.LastToken + 1, last - name.LastToken).Fill(k);

            // "Zayed bin Sultan" + "al-Nahayan": a name may hold several particles; the longer name is read again.
            k--;
        }

        if (absorbed is null)
        {
            return;
        }

        foreach (var index in absorbed.Distinct().OrderDescending())
        {
            merged.RemoveAt(index);
        }

        Array.Fill(owner, -1);
        for (var k = 0; k < merged.Count; k++)
        {
            owner.AsSpan(merged[k].FirstToken, merged[k].LastToken - merged[k].FirstToken + 1).Fill(k);
        }
    }

    /// <summary>"al-Assad", "d'Ettorre": a joined particle followed by a capital letter.</summary>
    private static bool IsJoinedParticleName(ReadOnlySpan<char> word)
    {
        foreach (var particle in JoinedParticles)
        {
            if (word.Length > particle.Length && word.StartsWith(particle, StringComparison.Ordinal) && char.IsUpper(word[particle.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Christo van der Merwe ( South Africa ) beat ...": an unknown capitalised word opening a sentence still gives its name
    /// before two particles, which no common word does, unless it is a word that opens sentences ("In", "When").
    /// </summary>
    private static bool TwoParticlesAfterName(string text, Token word, int particles)
        => particles >= 2 && !SentenceStarters.Contains(TokenText.Of(text, word));

    /// <summary>
    /// The capitalised word before one to three particles before <paramref name="first"/> ("Pieter" of "Pieter van der
    /// Velde"), unclaimed, mid-sentence (or before two particles) and no known place, or -1.
    /// </summary>
    private static int GivenNameBefore(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int[] owner, int first,
        WordSet particleLookup)
    {
        var i = first - 1;
        var particles = 0;
        while (i > 0 && particles < MaxParticles && owner[i] < 0 && particleLookup.Contains(TokenText.Of(text, tokens[i])))
        {
            i--;
            particles++;
        }

        if (particles == 0 || i < 0 || owner[i] >= 0 || !TokenText.IsCapitalised(text, tokens[i]) || TokenText.IsAcronym(text, tokens[i])
            || !TokenText.OnSameLine(text, tokens[i], tokens[first]) || (sentenceStarts[i] && !FirstNames.Contains(TokenText.Of(text, tokens[i])) && !TwoParticlesAfterName(text, tokens[i], particles))
            || Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[i])))
        {
            return -1;
        }

        return i;
    }
}
