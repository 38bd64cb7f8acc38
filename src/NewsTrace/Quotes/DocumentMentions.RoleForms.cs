using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// The other ways a story writes a role before a name: abbreviated ("Sen.", "Gov.") or as a title naming the same office
/// in other words ("Justice" for "the judge"). A part of <see cref="DocumentMentions"/>.
/// </summary>
internal sealed partial class DocumentMentions
{
    /// <summary>Titles written before a name for the office a description names in other words ("Justice X" is "the judge").</summary>
    private static readonly FrozenDictionary<string, string[]> RoleTitles = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["judge"] = ["Justice", "Magistrate", "Recorder"],
        ["officer"] = ["Constable", "Sergeant", "Inspector", "Detective"],
        ["priest"] = ["Father", "Rev."],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles written abbreviated before a name, by the role a description names them with.</summary>
    private static readonly FrozenDictionary<string, string[]> RoleAbbreviations = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["senator"] = ["Sen."],
        ["governor"] = ["Gov."],
        ["congressman"] = ["Rep."],
        ["congresswoman"] = ["Rep."],
        ["representative"] = ["Rep."],
        ["general"] = ["Gen."],
        ["colonel"] = ["Col."],
        ["lieutenant"] = ["Lt."],
        ["sergeant"] = ["Sgt."],
        ["professor"] = ["Prof."],
        ["doctor"] = ["Dr."],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviated titles and honorifics without their full stop ("Sen", "Gov", "Mr"), from the lists above and <c>NameWords.Honorifics</c>.</summary>
    private static readonly WordSet TitleAbbreviations = RoleAbbreviations.Values.SelectMany(forms => forms)
        .Concat(Entities.Data.NameWords.Honorifics)
        .Select(form => form.TrimEnd('.'))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every other written form of a role: its abbreviations, then its titles. Declared after the tables it is made from,
    /// in the same file, so that they are set first (static fields are set in textual order only within one file).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> OtherRoleForms = RoleAbbreviations.Keys.Concat(RoleTitles.Keys)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(
            role => role,
            role => (RoleAbbreviations.GetValueOrDefault(role) ?? []).Concat(RoleTitles.GetValueOrDefault(role) ?? []).ToArray(),
            StringComparer.OrdinalIgnoreCase);
}
