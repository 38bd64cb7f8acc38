using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Institutions described rather than named ("the Kyrgyz foreign ministry", "The Indian embassy in Kuwait", "the town hall"), taken up
/// later by their head noun ("the ministry said") or by "it"; a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Diplomatic missions, which the place they sit in tells apart ("the US embassy in Copenhagen").</summary>
    private static readonly WordSet MissionHeads = FrozenSet.ToFrozenSet(["embassy", "consulate", "mission", "legation"], StringComparer.OrdinalIgnoreCase);

    /// <summary>How many sentences back a bare "the ministry" looks for the ministry it takes up.</summary>
    private const int DescribedInstitutionSentencesBack = 15;

    /// <summary>
    /// "The Kyrgyz foreign ministry said ... “…,” the ministry said": the most recent institution described with the same
    /// head noun in lower case before <paramref name="at"/>, outside quotes: its name (the description without the article,
    /// or the name in apposition to it), the description, and where it starts; null when none was.
    /// </summary>
    private (string Name, string Description, int Start)? DescribedInstitutionBefore(int at, string head)
    {
        var own = context.SentenceOfToken[at];
        for (var s = own; s >= Math.Max(0, own - DescribedInstitutionSentencesBack); s--)
        {
            var first = context.FirstTokenOf(s);
            var last = s == own ? at - 1 : context.LastTokenOf(s);
            for (var k = last; k > first; k--)
            {
                if (context.Is(k, head) && DescribedInstitutionAt(k) is { } described)
                {
                    return described;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The institution described with its head noun at <paramref name="head"/>: "the", one to four plain words ("Kyrgyz
    /// foreign", "Indian") and the head in lower case, with the place of a mission ("in Kuwait"); null for a bare "the
    /// ministry", a name the entity layer marked, or words that are no modifiers ("the ministry of", "told the ministry").
    /// </summary>
    private (string Name, string Description, int Start)? DescribedInstitutionAt(int head)
    {
        const int MaxModifiers = 4;
        if (!char.IsLower(context.Word(head)[0]) || insideQuote(context.Tokens[head].Start)
            || (context.EntityEndingAt[head] is var named and >= 0 && context.Entities[named].Type == EntityTypes.Organization))
        {
            return null;
        }

        var article = head - 1;
        while (article >= 0 && head - article <= MaxModifiers && context.Tokens[article].Kind == TokenKind.Word && !WordIn(Determiners, article)
               && !WordIn(NeverHeads, article) && !context.IsCueAt(article) && context.Word(article) is not ("'s" or "’s"))
        {
            article--;
        }

        if (article < 0 || article == head - 1 || !context.Is(article, "the"))
        {
            return null;
        }

        var description = context.Text[context.Tokens[article + 1].Start..context.Tokens[head].End];

        // "The state port company, Empresa Portuaria San Antonio, which ...": the name in apposition is the institution's.
        if (head + 2 < context.Tokens.Length && context.IsPunctuation(head + 1, ",") && context.EntityStartingAt[head + 2] is var apposed and >= 0
            && context.Entities[apposed].Type is EntityTypes.Organization or EntityTypes.Person && context.Entities[apposed].Span.Of(context.Text).Contains(' ', StringComparison.Ordinal))
        {
            var after = context.FirstTokenAtOrAfter(context.Entities[apposed].Span.End);
            if (after >= context.Tokens.Length || context.IsPunctuation(after, ","))
            {
                return (context.Entities[apposed].Canonical ?? context.Entities[apposed].Span.Of(context.Text), description, context.Tokens[article].Start);
            }
        }

        // "the official IRNA news agency": a body named among the modifiers is the institution's name.
        for (var k = article + 1; k < head; k++)
        {
            if (context.EntityStartingAt[k] is var inner and >= 0 && context.Entities[inner].Type == EntityTypes.Organization
                && context.Entities[inner].Span.End <= context.Tokens[head - 1].End)
            {
                return (context.Entities[inner].Canonical ?? context.Entities[inner].Span.Of(context.Text), description, context.Tokens[article].Start);
            }
        }

        var end = head;
        if (MissionHeads.Contains(context.Word(head)) && head + 2 < context.Tokens.Length && context.Is(head + 1, "in")
            && context.EntityStartingAt[head + 2] is var place and >= 0 && context.Entities[place].Type is EntityTypes.Geopolitical or EntityTypes.Location)
        {
            end = context.FirstTokenAtOrAfter(context.Entities[place].Span.End) - 1;
        }

        return (context.Text[context.Tokens[article + 1].Start..context.Tokens[end].End], description, context.Tokens[article].Start);
    }

    /// <summary>
    /// "The Tajik foreign ministry gave a different account. In a statement, it said ...": "it" after a sentence opened by
    /// a described institution is that institution, not a place or body named in passing; null when the sentence before
    /// opens otherwise.
    /// </summary>
    private Attribution? InstitutionOpeningSentenceBefore(int pronoun)
    {
        if (SentenceBeforeOpenedByThe(pronoun) is not { } bounds)
        {
            return null;
        }

        var (first, last) = bounds;

        for (var head = first + 2; head <= Math.Min(last - 1, first + 5); head++)
        {
            // "The interior ministry, which ..., said" and "The Tajik foreign ministry gave ...": the head ends the subject.
            var ending = context.IsPunctuation(head + 1, ",") || (context.Tokens[head + 1].Kind == TokenKind.Word && char.IsLower(context.Word(head + 1)[0]) && !context.Is(head + 1, "of"));
            if (InstitutionHeads.Contains(context.Word(head)) && ending && DescribedInstitutionAt(head) is { } described && described.Start == context.Tokens[first].Start)
            {
                return new Attribution(described.Name, context.Tokens[pronoun].Span, null, null, null);
            }
        }

        return null;
    }

    /// <summary>A noun that heads a description of a body rather than a person ("operator", "ministry", "group").</summary>
    private static bool IsBodyNoun(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        Entities.Tagging.InvariantLower.Into(word, lower);
        return CompanyNouns.Contains(lower) || InstitutionHeads.Contains(lower) || BodyNouns.Contains(lower);
    }

    /// <summary>True when tokens [first, last] are two to five words, each capitalised (a name the entity layer did not mark).</summary>
    private bool CapitalisedRun(int first, int last)
    {
        const int MaxNameWords = 5;
        if (last - first < 1 || last - first >= MaxNameWords)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(context.Word(k)[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the port company" after "the state port company": true when every word of tokens [first, last] is a word of <paramref name="described"/>.</summary>
    private bool ModifiersWithin(int first, int last, string described)
    {
        var words = described.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = first; k <= last; k++)
        {
            var found = false;
            foreach (var word in words)
            {
                found |= context.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first and last tokens of the sentence before <paramref name="token"/>'s when it opens with "the"; null otherwise.</summary>
    private (int First, int Last)? SentenceBeforeOpenedByThe(int token)
    {
        var sentence = context.SentenceOfToken[token];
        if (sentence == 0 || !context.Is(context.FirstTokenOf(sentence - 1), "the"))
        {
            return null;
        }

        return (context.FirstTokenOf(sentence - 1), context.LastTokenOf(sentence - 1));
    }

    /// <summary>
    /// "the town hall" and "the town's emergency services" in a story about Halvern: "Halvern town hall", "Halvern emergency
    /// services". Null unless the description opens with "the" and a town, city or village noun and the story names its town.
    /// </summary>
    private string? TownsInstitution(int start, int nameStart, int end)
    {
        if (!context.Is(start, "the") || context.Word(nameStart) is not ("town" or "city" or "village") || _mentions.TownOfStory(context.Word(nameStart).ToString()) is not { } town)
        {
            return null;
        }

        // "the town's emergency services": the possessive gives way to the name.
        var rest = nameStart + 1 < context.Tokens.Length && context.Word(nameStart + 1) is "'s" or "’s" ? nameStart + 2 : nameStart;
        return rest <= context.LastTokenOf(context.SentenceOfToken[nameStart]) ? town + " " + context.Text[context.Tokens[rest].Start..end] : null;
    }
}
