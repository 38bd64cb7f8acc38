using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Legal forms written before a company's name: Indonesia's "PT" ("PT Bank Danamon"), Russia's "OAO", "ZAO", "PAO" and
/// "JSC" ("OAO Gazprom"). The tagger leaves the form out, as it does not know it; a company's name right after one
/// takes it in, as its full name ("Volkswagen AG" keeps its "AG" at the end).
/// </summary>
internal static class CompanyFormPrefixes
{
    private static readonly WordSet Prefixes = FrozenSet.ToFrozenSet(["PT", "PT.", "OAO", "ZAO", "PAO", "OOO", "JSC", "PJSC", "OJSC"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var form = name.FirstToken - 1;
            if (name.Type == EntityTypes.Organization && form >= 0 && Prefixes.Contains(TokenText.Of(text, tokens[form]))
                && TokenText.OnSameLine(text, tokens[form], tokens[name.FirstToken]) && MergedNames.At(merged, form) is null)
            {
                merged[k] = name with { FirstToken = form, Canonical = null };
            }
            else if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && Prefixes.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                // "OAO Gazprom" read as a person: no person's name opens with a legal form.
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }
}
