using System.Collections.Frozen;

namespace NewsTrace.Text;

/// <summary>
/// The abbreviations the tokenizer keeps together with their final period, and how each behaves at a sentence end.
/// Entries are case-sensitive: "Gen." is an abbreviation, "gen." is a word and a period. Dotted forms made of
/// single letters ("U.S.", "e.g.", "z.B.") are recognised by pattern and need no entry unless they never end a sentence.
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] NeverFinalEntries =
    [
        // English titles and ranks.
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt",
        "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Sec", "Atty", "Fr",
        "Messrs", "Mme", "Mmes", "Mlle", "St", "Ste", "Mt", "Ft", "Pt",

        // Months and weekdays: in news they precede a day number ("Sept. 13", "Tues. Oct. 19").
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",

        // Latin and editorial shorthands.
        "vs", "cf", "approx", "ca", "viz", "incl", "esp", "resp", "Ave", "Blvd", "Rd", "Hwy", "Univ", "Dept", "Assn",
        "e.g", "i.e", "z.B", "d.h", "u.a", "o.ä",

        // German and French.
        "bzw", "ca", "Hr", "Hrn", "Fa", "Abs", "Nr", "Str", "Bd", "Mio", "Mrd",

        // Russian: "г." year, "ул." street, "им." named after, "т.е." that is, thousands and millions.
        "ул", "им", "тыс", "млн", "млрд", "руб", "см", "пр", "т.е", "т.к", "т.н",
    ];

    private static readonly string[] MayEndSentenceEntries =
    [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "Esq", "PhD", "Ph", "Ph.D", "etc", "al", "usw", "др", "гг", "г", "т.д", "т.п",

        // U.S. states as news style abbreviates them in datelines and party tags ("Springfield, Ill.", "(R-Ariz.)").
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ];

    private static readonly string[] BeforeNumberEntries =
    [
        "No", "Nos", "no", "nos", "Art", "art", "Fig", "fig", "Vol", "vol", "pp", "p", "Ch", "ch", "Sect", "para",
    ];

    private static readonly FrozenDictionary<string, AbbreviationKind> Entries = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest entry without its final period; longer letter runs are never looked up.</summary>
    public static int MaxLength { get; } = ComputeMaxLength();

    /// <summary>The kind of <paramref name="stem"/>, the abbreviation without its final period ("Gen", "U.S").</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> stem)
        => stem.Length <= MaxLength && SpanLookup.TryGetValue(stem, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>
    /// How the abbreviation token <paramref name="token"/> (with its period) behaves at a sentence end.
    /// Dotted single-letter forms and initials that have no entry may end a sentence.
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> token)
    {
        var stem = token.Length > 1 && token[^1] == '.' ? token[..^1] : token;
        var kind = Lookup(stem);
        if (kind == AbbreviationKind.None)
        {
            kind = Lookup(token);
        }

        return kind is AbbreviationKind.None or AbbreviationKind.BeforeNumber ? AbbreviationKind.MayEndSentence : kind;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var entry in BeforeNumberEntries)
        {
            entries[entry] = AbbreviationKind.BeforeNumber;
        }

        foreach (var entry in MayEndSentenceEntries)
        {
            entries[entry] = AbbreviationKind.MayEndSentence;
        }

        foreach (var entry in NeverFinalEntries)
        {
            entries[entry] = AbbreviationKind.NeverFinal;
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static int ComputeMaxLength()
    {
        var max = 0;
        foreach (var key in Entries.Keys)
        {
            max = Math.Max(max, key.Length);
        }

        return max;
    }
}
