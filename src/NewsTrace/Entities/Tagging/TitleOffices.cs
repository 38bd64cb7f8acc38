using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Prime Minister's Office", "the Governor's Office": an office named after the title it serves is a body. The tagger
/// reads the title as no name (or as a person, which <see cref="TitlesAlone"/> drops) and may find "Office" after the
/// possessive later as a person; the whole run, title to head, is the body. Runs after <see cref="TitlesAlone"/>.
/// </summary>
internal static class TitleOffices
{
    /// <summary>Heads of bodies named after a title.</summary>
    private static readonly WordSet Heads = FrozenSet.ToFrozenSet(["Office", "Department", "Secretariat", "Bureau"], StringComparer.Ordinal);

    /// <summary>The longest title read before the possessive ("Deputy Prime Minister").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>The most capitalised words read before the title ("Bristol County District").</summary>
    private const int MaxWordsBeforeTitle = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var head = 2; head < tokens.Length; head++)
        {
            var possessive = head - 1;
            if (!Heads.Contains(TokenText.Of(text, tokens[head])) || TokenText.Of(text, tokens[possessive]) is not ("'s" or "\u2019s"))
            {
                continue;
            }

            var first = possessive;
            while (first - 1 >= 0 && possessive - first < MaxTitleWords && TokenText.IsCapitalised(text, tokens[first - 1])
                   && TokenText.LowerIn(NameWords.PersonTitles, text, tokens[first - 1]) && TokenText.OnSameLine(text, tokens[first - 1], tokens[head]))
            {
                first--;
            }

            // "the Bristol County District Attorney's Office", "the Alaska State Fire Marshal's Office": the place and words
            // of the office before the title are its name too.
            for (var more = 0; first > 0 && first != possessive && more < MaxWordsBeforeTitle && TokenText.IsCapitalised(text, tokens[first - 1])
                               && tokens[first - 1].Kind == TokenKind.Word && TokenText.Of(text, tokens[first - 1]) is not ("The" or "A" or "An")
                               && TokenText.OnSameLine(text, tokens[first - 1], tokens[head]); more++)
            {
                first--;
            }

            // Only a title's own office: "Governor Ana Ruiz's Office" names her, and a name read over the title or the head
            // is left as it is unless it lies inside the run.
            if (first == possessive || ReachesOutside(merged, first, head))
            {
                continue;
            }

            RemoveInside(merged, first, head);
            merged.Add(new NameCandidate(first, head, EntityTypes.Organization, null, NameEvidence.Likely));
        }
    }

    /// <summary>
    /// Whether a name overlaps the run from <paramref name="first"/> to <paramref name="last"/> and reaches past it. A loop,
    /// not a lambda: one capturing the run's bounds would be made for every token the scan passes.
    /// </summary>
    private static bool ReachesOutside(List<NameCandidate> merged, int first, int last)
    {
        foreach (var name in merged)
        {
            if (name.FirstToken <= last && name.LastToken >= first && (name.FirstToken < first || name.LastToken > last))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveInside(List<NameCandidate> merged, int first, int last)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            if (merged[k].FirstToken >= first && merged[k].LastToken <= last)
            {
                merged.RemoveAt(k);
            }
        }
    }
}
