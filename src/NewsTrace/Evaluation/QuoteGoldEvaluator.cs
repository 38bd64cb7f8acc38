using System.Collections.Immutable;
using System.Text.Json;
using NewsTrace.Entities;
using NewsTrace.Entities.Data;
using NewsTrace.Quotes;

namespace NewsTrace.Evaluation;

/// <summary>
/// Compares found quotations with the "quotes" of samples/gold.json (schema in samples/README.md). Articles are keyed
/// by their file path from the repository root, with "#n" for the n-th record of a JSON Lines file. A gold quote is
/// found when a quotation of the article has the same text (whitespace-normalised), or one text contains the other and
/// covers at least 80% of it. The speaker is right when its transliteration-insensitive key (<see cref="NameKey"/>)
/// equals the gold speaker's (a leading article dropped), or both end in the same surname and give no different given names (the gold gives one canonical spelling for the corpus,
/// NewsTrace the one each article uses), or the source written at the cue is the gold's name and the speaker its entity's canonical name. Every quotation of a gold article that matches no gold quote is an extra
/// (a false positive), which gives precision; articles the gold does not list are not scored at all.
/// </summary>
public static class QuoteGoldEvaluator
{
    public static QuoteGoldEvaluation Evaluate(string goldPath, IReadOnlyDictionary<string, (string Text, ImmutableArray<Quotation> Quotes)> articles)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(articles);
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        int total = 0, found = 0, speakerCorrect = 0, kindCorrect = 0;
        var byKind = new SortedDictionary<string, (int Gold, int Found, int SpeakerCorrect)>(StringComparer.Ordinal);
        var missed = ImmutableArray.CreateBuilder<string>();
        var wrong = ImmutableArray.CreateBuilder<string>();
        var extras = ImmutableArray.CreateBuilder<string>();
        var extraByKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var predictedCount = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var key = KeyOf(article);
            if (!articles.TryGetValue(key, out var predicted))
            {
                continue;
            }

            var used = new HashSet<int>();
            foreach (var quote in article.GetProperty("quotes").EnumerateArray())
            {
                var text = quote.GetProperty("text").GetString() ?? string.Empty;
                var kind = quote.GetProperty("kind").GetString() ?? string.Empty;
                var speaker = quote.GetProperty("speaker").GetString();
                total++;
                var counts = byKind.GetValueOrDefault(kind);
                counts.Gold++;
                var match = FindMatch(text, predicted.Text, predicted.Quotes, used);
                if (match < 0)
                {
                    missed.Add($"{key}: [{kind}] {text}");
                    byKind[kind] = counts;
                    continue;
                }

                used.Add(match);
                found++;
                counts.Found++;
                var quotation = predicted.Quotes[match];
                if (SameSpeaker(speaker, quotation.Speaker) || WrittenAsGold(speaker, quotation, predicted.Text))
                {
                    speakerCorrect++;
                    counts.SpeakerCorrect++;
                }
                else
                {
                    wrong.Add($"{key}: [{kind}] {text} — gold {speaker ?? "nobody"}, found {quotation.Speaker ?? "nobody"}");
                }

                // The gold schema lists "according to X" as reported speech with that cue; the finder names it apart.
                if (quotation.Kind == kind || (quotation.Kind == QuoteKinds.AccordingTo && kind == QuoteKinds.Reported))
                {
                    kindCorrect++;
                }

                byKind[kind] = counts;
            }

            for (var i = 0; i < predicted.Quotes.Length; i++)
            {
                var quotation = predicted.Quotes[i];
                if (quotation.Span.End > predicted.Text.Length)
                {
                    continue;
                }

                predictedCount++;
                if (!used.Contains(i))
                {
                    extraByKind[quotation.Kind] = extraByKind.GetValueOrDefault(quotation.Kind) + 1;
                    extras.Add($"{key}: [{quotation.Kind}] {Normalize(quotation.Span.Of(predicted.Text))} — {quotation.Speaker ?? "nobody"}");
                }
            }
        }

        return new QuoteGoldEvaluation(total, found, speakerCorrect, kindCorrect, byKind.ToImmutableSortedDictionary(StringComparer.Ordinal), missed.ToImmutable())
        {
            WrongSpeakers = wrong.ToImmutable(),
            Predicted = predictedCount,
            Extras = extras.ToImmutable(),
            ExtrasByKind = extraByKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }

    /// <summary>The article key the evaluator expects: "file" or "file#record".</summary>
    public static string KeyOf(JsonElement article)
    {
        var file = article.GetProperty("file").GetString() ?? string.Empty;
        // "record" is only needed for JSON Lines files; a hand-written gold file may leave it out.
        return article.TryGetProperty("record", out var record) && record.ValueKind == JsonValueKind.Number ? $"{file}#{record.GetInt32()}" : file;
    }

    /// <summary>True when the two speaker names denote the same person or institution.</summary>
    public static bool SameSpeaker(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        gold = WithoutArticle(gold);
        predicted = WithoutArticle(predicted);
        var goldKey = NameKey.Of(gold);
        var predictedKey = NameKey.Of(predicted);
        if (goldKey == predictedKey)
        {
            return true;
        }

        var goldWords = goldKey.Split(' ');
        var predictedWords = predictedKey.Split(' ');
        return goldWords[^1] == predictedWords[^1] && char.IsUpper(gold[0]) && char.IsUpper(predicted[0])
               && !DifferentGivenNames(gold.Split(' '), predicted.Split(' '));
    }

    /// <summary>
    /// "the Economic Community of West African States (ECOWAS) said": the source is written at the cue exactly as the gold
    /// names the speaker, a name in capitals throughout, and the quotation gives it as its entity's acronym ("ECOWAS"); the
    /// speaker is right, named as the corpus names it. A source with a lower-case word ("Halloran's campaign") may have been
    /// resolved to someone else, so it does not count.
    /// </summary>
    private static bool WrittenAsGold(string? gold, Quotation quotation, string text)
        => gold is not null && quotation.SpeakerSpan is { } span && quotation.Speaker is { } speaker
           && string.Equals(quotation.SpeakerEntity, speaker, StringComparison.Ordinal) && speaker.Length is >= 2 and <= 8 && speaker.All(char.IsUpper)
           && WithoutArticle(span.Of(text)) is var written && written.Contains(' ', StringComparison.Ordinal) && IsCapitalisedName(written)
           && NameKey.Of(written) == NameKey.Of(WithoutArticle(gold));

    /// <summary>Every word capitalised but the small joining ones ("Economic Community of West African States"), and no possessive.</summary>
    private static bool IsCapitalisedName(string name)
        => !name.Contains('\'', StringComparison.Ordinal) && !name.Contains('\u2019', StringComparison.Ordinal)
           && name.Split(' ').All(word => word.Length > 0 && (char.IsUpper(word[0]) || word is "of" or "and" or "for" or "the" or "de" or "du" or "des" or "la"));

    /// <summary>
    /// "Colleen Mulvaney" and "Terence Mulvaney": two people of one family share the surname but not the given name, so the
    /// surname alone does not make them one speaker. The words before the surname are compared, unless either is a title
    /// or an honorific ("Coroner Helena Argyros", "Mr Mulvaney") or an initial ("John F. Kennedy").
    /// </summary>
    private static bool DifferentGivenNames(string[] gold, string[] predicted)
    {
        if (gold.Length < 2 || predicted.Length < 2)
        {
            return false;
        }

        // "Faircloth campaign" and "Neil Faircloth's campaign": an owner's possessive is the same name.
        var goldGiven = WithoutPossessive(gold[^2]);
        var predictedGiven = WithoutPossessive(predicted[^2]);
        return IsGivenName(goldGiven) && IsGivenName(predictedGiven) && NameKey.OfWord(goldGiven) != NameKey.OfWord(predictedGiven);
    }

    /// <summary>
    /// "Alhaji Gwarzo" for "Musa Danjuma Gwarzo": the pilgrim's honorific of West Africa and South-East Asia stands where a
    /// given name would (and is one in some names, so the entity layer keeps it); it tells no two people apart.
    /// </summary>
    private static readonly HashSet<string> PilgrimHonorifics = new(["Alhaji", "Alhaja", "Alhajji", "Haji", "Hajia", "Hajji", "Hajjah"], StringComparer.Ordinal);

    private static string WithoutPossessive(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsGivenName(string word)
        => word.Length > 2 && !word.EndsWith('.') && char.IsUpper(word[0]) && !NameWords.Honorifics.Contains(word) && !PilgrimHonorifics.Contains(word)
           && !NameWords.PersonTitles.Contains(word.ToLowerInvariant());

    /// <summary>"the official" and "official" are one speaker: a leading article is not part of a description's name.</summary>
    private static string WithoutArticle(string speaker)
    {
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (speaker.Length > article.Length && speaker.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return speaker[article.Length..];
            }
        }

        return speaker;
    }

    private static int FindMatch(string goldText, string text, ImmutableArray<Quotation> quotes, HashSet<int> used)
    {
        var wanted = Normalize(goldText);
        var best = -1;
        for (var i = 0; i < quotes.Length; i++)
        {
            if (used.Contains(i) || quotes[i].Span.End > text.Length)
            {
                continue;
            }

            var found = Normalize(quotes[i].Span.Of(text));
            if (found == wanted)
            {
                return i;
            }

            var shorter = Math.Min(found.Length, wanted.Length);
            var longer = Math.Max(found.Length, wanted.Length);
            if (best < 0 && shorter >= 0.8 * longer && (found.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(found, StringComparison.Ordinal)))
            {
                best = i;
            }
        }

        return best;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.');
}
