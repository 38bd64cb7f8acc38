using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Eugene de Kock ... the judge said de Kock had ...": once the document has named a person in full with a particle in the
/// surname, the surname alone keeps its particle ("de Kock", "van der Merwe"), which the tagger leaves out because it
/// starts with a lower-case word. Only particles the document wrote inside that person's full name are taken, in any case:
/// "De Kock" opening a sentence, "DEL PIERO" in a headline after "Alessandro Del Piero".
/// </summary>
internal static class ParticleSurnames
{
    private const int MaxParticles = 3;

    public static void Extend(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int[] owner)
    {
        HashSet<string>? surnames = null;
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            for (var m = name.FirstToken + 1; m < name.LastToken; m++)
            {
                if (IsParticle(TokenText.Of(text, tokens[m])))
                {
                    (surnames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(TokenText.Join(text, tokens, m, name.LastToken));
                    break;
                }
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            var start = name.FirstToken;
            for (var j = name.FirstToken - 1; j >= 0 && name.FirstToken - j <= MaxParticles && owner[j] < 0 && IsParticle(TokenText.Of(text, tokens[j])); j--)
            {
                if (surnames.Contains(TokenText.Join(text, tokens, j, name.LastToken)))
                {
                    start = j;
                }
            }

            if (start < name.FirstToken)
            {
                owner.AsSpan(start, name.FirstToken - start).Fill(k);
                merged[k] = name with { FirstToken = start, Canonical = null };
            }
        }

        AddUnclaimed(text, tokens, merged, owner, surnames);
    }

    /// <summary>"De Kock is expected ...", "DE KOCK JAILED": a capitalised particle and the rest of such a surname that nothing claimed.</summary>
    private static void AddUnclaimed(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int[] owner, HashSet<string> surnames)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // A capitalised word before belongs to a fuller name ("Bart Van Roost"), which is the tagger's to find.
            if (owner[i] >= 0 || !char.IsUpper(text[tokens[i].Start]) || !IsParticle(TokenText.Of(text, tokens[i]))
                || (i > 0 && TokenText.IsCapitalised(text, tokens[i - 1]) && TokenText.OnSameLine(text, tokens[i - 1], tokens[i])))
            {
                continue;
            }

            for (var last = Math.Min(tokens.Length - 1, i + MaxParticles); last > i; last--)
            {
                if (owner.AsSpan(i, last - i + 1).IndexOfAnyExcept(-1) < 0 && TokenText.OnSameLine(text, tokens[i], tokens[last])
                    && surnames.Contains(TokenText.Join(text, tokens, i, last)))
                {
                    owner.AsSpan(i, last - i + 1).Fill(merged.Count);
                    merged.Add(new NameCandidate(i, last, EntityTypes.Person, null, NameEvidence.Likely));
                    i = last;
                    break;
                }
            }
        }
    }

    /// <summary>A surname particle as written ("de", "van") or capitalised ("De", "DEL"); particles are short, so the lower-case copy is on the stack.</summary>
    internal static bool IsParticle(ReadOnlySpan<char> word)
    {
        if (NameWords.SurnameParticles.Contains(word))
        {
            return true;
        }

        if (word.Length > 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[4];
        var written = word.ToLowerInvariant(lower);
        return written > 0 && NameWords.SurnameParticles.Contains(lower[..written]);
    }
}
