using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Unnamed spokespeople whose body the story gave without naming it beside the role: "a company spokeswoman", "a bureau
/// spokeswoman" take up the most recent body of that kind; a bare "a spokesman" speaks for the organisation the sentence,
/// or the one before, is about. A part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Lower-case kinds of body written before a spokesperson ("a company spokeswoman") other than a company.</summary>
    private static readonly string[] BodyKinds =
        ["bureau", "department", "ministry", "commission", "council", "board", "authority", "committee", "university", "hospital",
         "bank", "party", "service", "office"];

    /// <summary>
    /// For each of <see cref="BodyKinds"/> (declared after it: static fields initialise in order), the word one of its names
    /// holds, as a set for <see cref="NameHoldsAny"/>, which reads the body's known other names too ("bureau": the Bureau of
    /// Land Management, or "FBI").
    /// </summary>
    private static readonly FrozenDictionary<string, WordSet> BodyKindNameWords = BodyKinds
        .ToFrozenDictionary(noun => noun, noun => WordSet.FromFrozenSet(FrozenSet.ToFrozenSet([noun], StringComparer.OrdinalIgnoreCase)), StringComparer.Ordinal);

    /// <summary>
    /// "A company spokeswoman said", "a bureau spokeswoman said": the most recent organisation of the kind before the role,
    /// outside quotes: a company for "company" and "firm", a public agency or a union for those nouns, else one whose name
    /// (or a known other name of it) holds the noun ("bureau": the Bureau of Land Management); "a police spokesperson" is the
    /// police. Null for other words.
    /// </summary>
    private Attribution? SpokespersonOfKind(int start, int head)
    {
        var kind = head - 1;
        if (kind != start + 1 || !(context.Is(start, "a") || context.Is(start, "an")))
        {
            return null;
        }

        var noun = context.Word(kind).ToString();

        // "A police spokesperson said": the police speak, named or not.
        if (noun is "police")
        {
            return new Attribution(noun, new TextSpan(context.Tokens[start].Start, context.Tokens[head].End), null, null, null);
        }

        // A public agency or a union as "the agency" and "the union" take them up (their word sets live in another part of
        // the class, so they are read here rather than in a static table).
        Func<EntityMention, bool>? accept = noun switch
        {
            "company" or "firm" or "corporation" => IsCompanyName,
            "agency" => organisation => NameHoldsAny(organisation, AgencyNameWords),
            "union" => organisation => NameHoldsAny(organisation, UnionNameWords),
            _ => BodyKindNameWords.TryGetValue(noun, out var words) ? organisation => NameHoldsAny(organisation, words) : null,
        };
        if (accept is null)
        {
            return null;
        }

        var span = new TextSpan(context.Tokens[start].Start, context.Tokens[head].End);
        return _mentions.MostRecent(span.Start, EntityTypes.Organization, null, accept: accept) is { } body
            ? new Attribution(_mentions.FullName(body), span, body.Canonical, null, null)
            : null;
    }

    /// <summary>
    /// "The U.S. Marshals Service has joined the search ..., a spokesman said"; "The resort did not take a position. A
    /// spokeswoman said ...": a bare indefinite spokesperson speaks for the organisation that opens the sentence, or, when
    /// the role opens it, the sentence before. Null when no organisation opens it.
    /// </summary>
    private Attribution? SubjectsSpokesperson(int start, int head)
    {
        if (head != start + 1 || !(context.Is(start, "a") || context.Is(start, "an")))
        {
            return null;
        }

        var sentence = context.SentenceOfToken[start];
        if (context.FirstTokenOf(sentence) == start)
        {
            sentence--;
        }

        if (sentence < 0 || OrganisationOpening(sentence) is not { } body)
        {
            return null;
        }

        return new Attribution(_mentions.FullName(body), new TextSpan(context.Tokens[start].Start, context.Tokens[head].End), body.Canonical, null, null);
    }

    /// <summary>The organisation a sentence opens with, after "The" or nothing; null when it opens otherwise or inside a quote.</summary>
    private EntityMention? OrganisationOpening(int sentence)
    {
        var first = context.FirstTokenOf(sentence);
        if (context.Is(first, "The"))
        {
            first++;
        }

        if (first >= context.Tokens.Length || context.EntityStartingAt[first] is not (var e and >= 0))
        {
            return null;
        }

        var entity = context.Entities[e];
        return entity.Type == EntityTypes.Organization && !IsOutlet(entity) ? entity : null;
    }
}
