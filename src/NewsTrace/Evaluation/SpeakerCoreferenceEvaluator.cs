using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Quotes;
using NewsTrace.Text;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores speaker coreference on GUM (../shared/data/gum-entities): each quotation's source as written (its speaker
/// span) is aligned with the smallest gold person, organisation or place mention holding its last word (the head);
/// the speaker is right when it names that mention's coreference chain, that is when it is the same speaker
/// (<see cref="QuoteGoldEvaluator.SameSpeaker"/>) as one of the chain's names. A chain without a name (an unnamed
/// official) is right when the speaker names no other chain of the document: the resolver must not invent a person.
/// GUM marks no quotations, so neither quote finding nor the choice of source is scored here (a quote given to the
/// wrong person whose name is written there counts as right); `eval quotes` scores those against quote gold.
/// </summary>
public static class SpeakerCoreferenceEvaluator
{
    public const string WrittenName = "name";
    public const string WrittenPronoun = "pronoun";
    public const string WrittenDescription = "description";

    private static readonly WordSet SpeakerTypes = FrozenSet.ToFrozenSet(["person", "organization", "place"], StringComparer.Ordinal);

    /// <summary>Runs <paramref name="attribute"/> (text to quotations) over <paramref name="documents"/> and scores the speakers.</summary>
    public static SpeakerCoreferenceEvaluation Evaluate(IEnumerable<GumCoreferenceDocument> documents, Func<string, ImmutableArray<Quotation>> attribute)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(attribute);
        var byKind = new SortedDictionary<string, (int Scored, int Correct)>(StringComparer.Ordinal)
        {
            [WrittenName] = default,
            [WrittenPronoun] = default,
            [WrittenDescription] = default,
        };
        var errors = ImmutableArray.CreateBuilder<string>();
        var unalignedSources = ImmutableArray.CreateBuilder<string>();
        int documentCount = 0, quotations = 0, withoutSource = 0, inherited = 0, unaligned = 0;
        foreach (var document in documents)
        {
            documentCount++;
            foreach (var quotation in attribute(document.Text))
            {
                quotations++;
                if (quotation.SpeakerSpan is not { } source || source.End > document.Text.Length)
                {
                    withoutSource += quotation.Speaker is null ? 1 : 0;
                    inherited += quotation.Speaker is null ? 0 : 1;
                    continue;
                }

                var mention = Align(document.Text, document.Mentions, source);
                if (mention is null)
                {
                    unaligned++;
                    unalignedSources.Add($"{document.Id}: \"{source.Of(document.Text)}\" → {quotation.Speaker ?? "nobody"} [{quotation.Kind}] {Excerpt(quotation.Span.Of(document.Text))}");
                    continue;
                }

                var kind = WrittenKindOf(mention);
                var names = ChainNames(document, mention);
                var correct = names.Count > 0
                    ? names.Any(name => Names(name, quotation.Speaker))
                    : !OtherChainNames(document, mention).Any(name => Names(name, quotation.Speaker));
                var counts = byKind[kind];
                byKind[kind] = (counts.Scored + 1, counts.Correct + (correct ? 1 : 0));
                if (!correct)
                {
                    var gold = names.Count > 0 ? string.Join(" | ", names) : "(no name)";
                    errors.Add($"{document.Id} [{kind}] \"{source.Of(document.Text)}\": gold {gold}, found {quotation.Speaker ?? "nobody"}; {Excerpt(quotation.Span.Of(document.Text))}");
                }
            }
        }

        return new SpeakerCoreferenceEvaluation(
            documentCount,
            quotations,
            withoutSource,
            unaligned,
            byKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
            errors.ToImmutable(),
            unalignedSources.ToImmutable())
        {
            Inherited = inherited,
        };
    }

    /// <summary>
    /// The smallest gold person, organisation or place mention that holds the last word of <paramref name="source"/>,
    /// its head in English noun phrases ("Eastman" in "Professor Eastman", "Solomon" in "the Refugee Council's Enver Solomon").
    /// </summary>
    public static GumMention? Align(string text, ImmutableArray<GumMention> mentions, TextSpan source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = source.End;
        while (end > source.Start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > source.Start && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '’' or '.'))
        {
            start--;
        }

        if (start == end)
        {
            return null;
        }

        GumMention? best = null;
        foreach (var mention in mentions)
        {
            if (mention.Start <= start && end <= mention.End && SpeakerTypes.Contains(mention.Type)
                && (best is null || mention.End - mention.Start < best.End - best.Start))
            {
                best = mention;
            }
        }

        return best;
    }

    /// <summary>
    /// True when <paramref name="predicted"/> names the same speaker as <paramref name="gold"/>: the same name
    /// (<see cref="QuoteGoldEvaluator.SameSpeaker"/>), or an acronym and its full name ("AFP" and "Agence France-Presse",
    /// "WHO" and "World Health Organization"; the resolver gives a defined acronym's full name).
    /// </summary>
    public static bool Names(string gold, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted is null)
        {
            return false;
        }

        if (QuoteGoldEvaluator.SameSpeaker(gold, predicted))
        {
            return true;
        }

        return IsAcronym(gold) ? Initials(predicted) == gold : IsAcronym(predicted) && Initials(gold) == predicted;
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 8 && name.All(char.IsUpper);

    /// <summary>The capitals that start the words of a name, function words left out ("Agence France-Presse" gives AFP).</summary>
    private static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    private static string WrittenKindOf(GumMention mention)
        => mention.Named ? WrittenName : mention.Kind == "pronoun" ? WrittenPronoun : WrittenDescription;

    private static List<string> ChainNames(GumCoreferenceDocument document, GumMention mention)
        => [.. ChainOf(document, mention).Select(member => member.NameIn(document.Text)).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> OtherChainNames(GumCoreferenceDocument document, GumMention mention)
    {
        var chain = ChainOf(document, mention).ToHashSet();
        return document.Mentions.Where(other => !chain.Contains(other)).Select(other => other.NameIn(document.Text)).OfType<string>();
    }

    private static IEnumerable<GumMention> ChainOf(GumCoreferenceDocument document, GumMention mention)
        => mention.Chain is int chain ? document.Mentions.Where(other => other.Chain == chain) : [mention];

    private static string Excerpt(string quote)
    {
        var flat = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..60] + "…";
    }
}
