using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Kin named by a possessive ("His mother said", "her husband told reporters"): a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Nouns of kin that a possessive pronoun opens ("his mother", "her husband").</summary>
    private static readonly WordSet KinNouns = FrozenSet.ToFrozenSet(
        ["mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "widow", "widower", "grandmother",
         "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "parents"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Teresa Ansell found out her son was dead ... Marcus Ansell died ... His mother said": the kin of the person named
    /// last is, in a news story, the other person named before who shares that person's surname. Null when the story
    /// names no one else with the surname (the description then stands as written).
    /// </summary>
    private Attribution? KinSharingSurname(int start, int last, TextSpan span)
    {
        if (last != start + 1 || context.Word(start) is not ("his" or "His" or "her" or "Her") || !KinNouns.Contains(context.Word(last).ToString()))
        {
            return null;
        }

        if (_mentions.MostRecent(span.Start, EntityTypes.Person, null) is not { } owner)
        {
            return null;
        }

        var ownerKey = owner.Canonical ?? PersonGenders.Key(context, owner);
        var space = ownerKey.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        // " Ansell": the owner's last word with the space before it, so "Hansell" does not count.
        var surname = ownerKey[space..];
        var kin = _mentions.MostRecent(span.Start, EntityTypes.Person, null, accept: person =>
        {
            var key = person.Canonical ?? PersonGenders.Key(context, person);
            return !key.Equals(ownerKey, StringComparison.Ordinal) && key.EndsWith(surname, StringComparison.Ordinal);
        });
        return kin is null ? null : new Attribution(kin.Canonical ?? PersonGenders.Key(context, kin), span, kin.Canonical, null, null);
    }
}
