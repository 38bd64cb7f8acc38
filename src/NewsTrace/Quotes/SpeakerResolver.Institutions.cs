using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Institutions as speakers: the fuller written name, and the institution an unnamed spokesperson speaks for; a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Lower-case words inside an institution's name ("Department of Health and Social Care").</summary>
    private static readonly WordSet NameJoiners = FrozenSet.ToFrozenSet(["of", "and", "for", "on", "the"], StringComparer.Ordinal);

    private static readonly WordSet Spokespeople = FrozenSet.ToFrozenSet(["spokesman", "spokeswoman", "spokesperson"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Names of a government's seat that stand for the government speaking (British "No 10").</summary>
    private static readonly FrozenDictionary<string, string> SeatNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["No 10"] = "Downing Street",
        ["No. 10"] = "Downing Street",
        ["Number 10"] = "Downing Street",
        ["Number Ten"] = "Downing Street",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The Ministry of Foreign Affairs said": an institution speaks under its name as written when that is the fuller form
    /// of its canonical alias ("Foreign Ministry"); the entity keeps the canonical name for grouping.
    /// </summary>
    private string FullerWrittenName(EntityMention entity, string canonical)
    {
        var written = entity.Span.Of(context.Text);
        if (written.Length <= canonical.Length)
        {
            return canonical;
        }

        foreach (var word in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!written.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return canonical;
            }
        }

        return written;
    }

    /// <summary>
    /// "A Home Office spokeswoman said", "A No 10 spokesman said", "a Department of Health spokesperson said": an unnamed
    /// spokesperson brought in with an indefinite article speaks for the named institution before the role word (an
    /// organisation the entity layer marked, or capitalised words), not as a person of their own.
    /// </summary>
    private Attribution? SpokespersonInstitution(int first, int head)
    {
        var tokens = context.Tokens;
        var span = new TextSpan(tokens[Math.Max(first, head - 1)].Start, tokens[head].End);
        if (head - 1 >= first && context.EntityEndingAt[head - 1] is var owner and >= 0 && context.Entities[owner].Type == EntityTypes.Organization)
        {
            var organisation = context.Entities[owner];
            var article = context.FirstTokenAtOrAfter(organisation.Span.Start) - 1;
            return article >= first && (context.Is(article, "a") || context.Is(article, "an"))
                ? new Attribution(_mentions.FullName(organisation), new TextSpan(tokens[article].Start, tokens[head].End), organisation.Canonical, null, null)
                : null;
        }

        var start = head;
        while (start - 1 >= first && head - start < 6 && tokens[start - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation
               && !Determiners.Contains(context.Word(start - 1).ToString()))
        {
            start--;
        }

        if (start == head || start - 1 < first || !(context.Is(start - 1, "a") || context.Is(start - 1, "an")))
        {
            return null;
        }

        var written = context.Text[tokens[start].Start..tokens[head].End];
        var institution = InstitutionOfSpokesperson(written);
        return institution is null ? null : new Attribution(institution, new TextSpan(tokens[start - 1].Start, tokens[head].End), null, null, null);
    }

    /// <summary>"Home Office spokeswoman" → "Home Office", "No 10 spokesman" → "Downing Street"; null unless the words before the role are capitalised.</summary>
    private static string? InstitutionOfSpokesperson(string description)
    {
        var space = description.LastIndexOf(' ');
        if (space <= 0 || !char.IsUpper(description[0]))
        {
            return null;
        }

        // Only a proper name: "a Kesmarian foreign ministry spokesman" stays a description of its own.
        var institution = description[..space];
        if (institution.Split(' ').Any(word => word.Length == 0 || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || NameJoiners.Contains(word))))
        {
            return null;
        }

        return SeatNames.TryGetValue(institution, out var seat) ? seat : institution;
    }
}
