using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Verbs that attribute speech, in all the forms news uses ("say", "says", "said", "saying"), matched case-insensitively.</summary>
public static class CueVerbs
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "stress", "note", "warn", "declare", "announce", "insist", "ask", "reply", "explain", "promise",
        "pledge", "thank", "describe", "claim", "argue", "acknowledge", "admit", "confirm", "emphasise", "emphasize", "write",
        "tweet", "comment", "suggest", "urge", "vow", "recall", "conclude", "predict", "assure", "reiterate", "maintain",
        "observe", "remark", "answer", "respond", "state", "estimate", "report", "quip", "caution", "complain", "deny",
        "praise", "accuse", "allege", "mention", "underline", "underscore", "testify", "post", "echo", "continue",

        // Verbs of angry or curt speech that partisan outlets use for "said" ("fumed Rep. X", "she snapped").
        "fume", "snap",

        // Verbs of conceding, countering and boasting, and of raised voices ("he shouted" from a convention floor). "conceded"
        // opens no reported clause: in political news it is most often an election's ("conceded shortly after 10 p.m."); nor
        // does "boasted", as often a building's ("boasted a full-length porch").
        "concede", "counter", "joke", "boast", "assert", "contend", "shout", "yell", "scream",

        // An interviewer's follow-up ("“So that's a yes?” Tavernier pressed.").
        "press",

        // Verbs of making known ("he disclosed that Republicans had dropped ..."), and of saying again ("“Two,” Hornbeck
        // repeated."), which opens no reported clause: "had repeated run-ins with co-workers" is an adjective's.
        "disclose", "reveal", "repeat",

        // Breaking in on someone ("The board's attorney interjected that ...").
        "interject",
    ];

    /// <summary>Lemmas whose base and "-s" forms are common nouns ("a note", "the claims"); only their verb-only forms count.</summary>
    private static readonly WordSet NounLike = FrozenSet.ToFrozenSet(
    [
        "note", "claim", "promise", "answer", "comment", "report", "state", "estimate", "pledge", "vow", "tweet", "reply",
        "remark", "quip", "caution", "call", "praise", "thank", "mention", "underline", "respond", "ask", "stress", "post",

        // "exhaust fumes", "a snap election": only "fumed", "snapped" and their like count; so for "an echo" and a headline's
        // "Negotiations Continue".
        "fume", "snap", "echo", "continue", "counter", "joke", "boast", "shout", "yell", "scream", "press", "repeat",

        // "Mayor Faces Recall Drive": in politics a recall is most often a vote; only "recalled" and "recalling" count.
        "recall",
    ]);

    private static readonly FrozenDictionary<string, string> Forms = BuildForms();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormLookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cues that introduce reported speech ("said that ...", "warned ...", "responded that ..."): the verbs of saying proper, without "thank", "describe", "call", "praise", "ask".</summary>
    private static readonly WordSet ReportingLemmas = FrozenSet.ToFrozenSet(
    [
        "say", "tell", "add", "stress", "note", "warn", "declare", "announce", "insist", "explain", "promise", "pledge", "claim",
        "argue", "acknowledge", "admit", "confirm", "emphasise", "emphasize", "write", "suggest", "predict", "assure", "reiterate",
        "maintain", "state", "estimate", "report", "caution", "complain", "deny", "allege", "underline", "underscore", "respond",
        "reply", "answer", "testify", "counter", "joke", "assert", "contend", "disclose", "reveal", "interject",
    ]);

    /// <summary>
    /// Per length (below 16) and first letter of the forms, a bit for each letter one of them ends with. Most words asked
    /// about are no cue, and their length and first and last letters rule them out before they are lower-cased and hashed;
    /// null (no such test) if a form began or ended with anything but a letter a-z.
    /// </summary>
    private static readonly uint[]? FormShapes = BuildShapes();

    /// <summary>
    /// The "-s" forms of the noun-like lemmas ("asks", "notes", "answers"), which are verbs after "he" or "she" ("“…?” he
    /// asks a woman"), though not on their own ("big asks", "the notes").
    /// </summary>
    private static readonly WordSet NounLikePresent = NounLike
        .Select(lemma => lemma.EndsWith('y') ? lemma[..^1] + "ies"
            : lemma.EndsWith('o') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ss", StringComparison.Ordinal) ? lemma + "es" : lemma + "s")
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is the "-s" form of a noun-like lemma ("asks"), a cue only after "he" or "she".</summary>
    public static bool IsPresentAfterPronoun(ReadOnlySpan<char> word) => NounLikePresent.Contains(word);

    /// <summary>True when <paramref name="word"/> is a form of a cue verb.</summary>
    public static bool IsCue(ReadOnlySpan<char> word) => word.Length > 2 && word.Length < 16 && MayBeForm(word) && FormLookup.ContainsKey(Lower(word, stackalloc char[16]));

    /// <summary>
    /// "shot back", "fired back", "hit back": a retort. The verb alone is no cue ("shot a video", "fired the manager"), so
    /// it counts only with "back" as <paramref name="next"/>.
    /// </summary>
    public static bool IsRetort(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
        => next.Equals("back", StringComparison.OrdinalIgnoreCase) && word is "shot" or "shoots" or "fired" or "fires" or "hit" or "hits";

    /// <summary>The lemma of a cue form, or null.</summary>
    public static string? LemmaOf(ReadOnlySpan<char> word)
        => word.Length > 2 && word.Length < 16 && MayBeForm(word) && FormLookup.TryGetValue(Lower(word, stackalloc char[16]), out var lemma) ? lemma : null;

    /// <summary>True when the cue can introduce a reported clause.</summary>
    public static bool IsReporting(ReadOnlySpan<char> word) => LemmaOf(word) is { } lemma && ReportingLemmas.Contains(lemma);

    /// <summary>False when the length and the first and last letters of <paramref name="word"/> (shorter than 16) are those of no form.</summary>
    private static bool MayBeForm(ReadOnlySpan<char> word)
    {
        var (first, last) = (word[0], word[^1]);
        if (FormShapes is null || first >= 128 || last >= 128)
        {
            // Lower-casing a character beyond ASCII may give a letter a-z (the Kelvin sign gives "k"): the full test decides.
            return true;
        }

        first = char.ToLowerInvariant(first);
        last = char.ToLowerInvariant(last);
        return first is >= 'a' and <= 'z' && last is >= 'a' and <= 'z' && (FormShapes[(word.Length * 26) + first - 'a'] & (1u << (last - 'a'))) != 0;
    }

    private static uint[]? BuildShapes()
    {
        var shapes = new uint[16 * 26];
        foreach (var form in Forms.Keys)
        {
            if (form.Length >= 16 || form[0] is < 'a' or > 'z' || form[^1] is < 'a' or > 'z')
            {
                return null;
            }

            shapes[(form.Length * 26) + form[0] - 'a'] |= 1u << (form[^1] - 'a');
        }

        return shapes;
    }

    /// <summary>
    /// <paramref name="word"/> lower-cased through the invariant table (as <see cref="MemoryExtensions.ToLowerInvariant"/>
    /// would, and cheaper for the short words asked about: every word of every sentence searched for a cue).
    /// </summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = buffer[..word.Length];
        Entities.Tagging.InvariantLower.Into(word, lower);
        return lower;
    }

    private static FrozenDictionary<string, string> BuildForms()
    {
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["say"] = ["say", "says", "said", "saying"],
            ["tell"] = ["tell", "tells", "told", "telling"],
            ["write"] = ["write", "writes", "wrote", "writing", "written"],
        };
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in Lemmas)
        {
            foreach (var form in irregular.TryGetValue(lemma, out var listed) ? listed : RegularForms(lemma))
            {
                // "I can't tell", "they'll tell": the base of "tell" is rarely a report; "X tells viewers" is.
                if ((NounLike.Contains(lemma) && (form == lemma || form == lemma + "s" || form == lemma[..^1] + "ies")) || form == "tell")
                {
                    continue;
                }

                forms.TryAdd(form, lemma);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> RegularForms(string lemma)
    {
        yield return lemma;
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }
        else if (lemma.EndsWith('y') && lemma is not "say")
        {
            var stem = lemma[..^1];
            yield return lemma is "reply" or "deny" or "testify" ? stem + "ies" : lemma + "s";
            yield return lemma is "reply" or "deny" or "testify" ? stem + "ied" : lemma + "ed";
            yield return lemma + "ing";
        }
        else if (lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return lemma + "es";
            yield return lemma + "ed";
            yield return lemma + "ing";
        }
        else
        {
            var doubled = lemma is "admit" or "quip" or "snap" ? lemma + lemma[^1] : lemma;
            yield return lemma + "s";
            yield return doubled + "ed";
            yield return doubled + "ing";
        }
    }
}
