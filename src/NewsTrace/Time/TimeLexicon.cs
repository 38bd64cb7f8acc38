using System.Collections.Frozen;

namespace NewsTrace.Time;

/// <summary>
/// The English words of temporal expressions and of tense, looked up case-insensitively from a token's text
/// without allocating. One lookup per token gives every role of the word at once.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, TimeWord> Words = Build();

    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> ByText = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word's roles, or default (no kinds) when it plays none. A trailing period ("Sept.") is ignored.</summary>
    public static TimeWord Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return word.Length is > 0 and < 16 && ByText.TryGetValue(word, out var found) ? found : default;
    }

    private static FrozenDictionary<string, TimeWord> Build()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, TimeWord role)
        {
            words[word] = words.TryGetValue(word, out var known)
                ? new TimeWord(
                    known.Kinds | role.Kinds,
                    known.Month | role.Month,
                    known.Weekday | role.Weekday,
                    known.Number | role.Number,
                    known.Unit == TimeUnit.None ? role.Unit : known.Unit,
                    known.Code ?? role.Code,
                    known.Shift | role.Shift)
                : role;
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < months.Length; m++)
        {
            foreach (var name in months[m])
            {
                Add(name, new TimeWord(TimeWordKinds.Month, Month: m + 1));
            }
        }

        string[][] weekdays =
        [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ];
        for (var d = 0; d < weekdays.Length; d++)
        {
            foreach (var name in weekdays[d])
            {
                Add(name, new TimeWord(TimeWordKinds.Weekday, Weekday: d + 1));
            }
        }

        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var n = 1; n < numbers.Length; n++)
        {
            Add(numbers[n], new TimeWord(TimeWordKinds.NumberWord, Number: n));
        }

        Add("thirty", new TimeWord(TimeWordKinds.NumberWord, Number: 30));
        Add("forty", new TimeWord(TimeWordKinds.NumberWord, Number: 40));
        Add("fifty", new TimeWord(TimeWordKinds.NumberWord, Number: 50));
        Add("sixty", new TimeWord(TimeWordKinds.NumberWord, Number: 60));
        Add("hundred", new TimeWord(TimeWordKinds.NumberWord, Number: 100));
        Add("a", new TimeWord(TimeWordKinds.NumberWord, Number: 1));
        Add("an", new TimeWord(TimeWordKinds.NumberWord, Number: 1));
        foreach (var vague in new[] { "several", "few", "many", "some", "couple" })
        {
            Add(vague, new TimeWord(TimeWordKinds.Vague));
        }

        (string Singular, string Plural, TimeUnit Unit)[] units =
        [
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("week", "weeks", TimeUnit.Week), ("month", "months", TimeUnit.Month),
            ("year", "years", TimeUnit.Year), ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
        ];
        foreach (var (singular, plural, unit) in units)
        {
            Add(singular, new TimeWord(TimeWordKinds.Unit, Unit: unit));
            Add(plural, new TimeWord(TimeWordKinds.UnitPlural, Unit: unit));
        }

        Add("fortnight", new TimeWord(TimeWordKinds.Unit, Number: 2, Unit: TimeUnit.Week));

        Add("spring", new TimeWord(TimeWordKinds.Season, Code: "SP"));
        Add("summer", new TimeWord(TimeWordKinds.Season, Code: "SU"));
        Add("autumn", new TimeWord(TimeWordKinds.Season, Code: "FA"));
        Add("fall", new TimeWord(TimeWordKinds.Season, Code: "FA"));
        Add("winter", new TimeWord(TimeWordKinds.Season, Code: "WI"));

        Add("morning", new TimeWord(TimeWordKinds.PartOfDay, Code: "MO"));
        Add("afternoon", new TimeWord(TimeWordKinds.PartOfDay, Code: "AF"));
        Add("evening", new TimeWord(TimeWordKinds.PartOfDay, Code: "EV"));
        Add("night", new TimeWord(TimeWordKinds.PartOfDay, Code: "NI"));

        Add("yesterday", new TimeWord(TimeWordKinds.RelativeDay, Shift: -1));
        Add("today", new TimeWord(TimeWordKinds.RelativeDay, Shift: 0));
        Add("tomorrow", new TimeWord(TimeWordKinds.RelativeDay | TimeWordKinds.FutureCue, Shift: 1));

        foreach (var past in new[] { "last", "previous", "past", "preceding" })
        {
            Add(past, new TimeWord(TimeWordKinds.Shift, Shift: -1));
        }

        foreach (var future in new[] { "next", "coming", "following" })
        {
            Add(future, new TimeWord(TimeWordKinds.Shift, Shift: 1));
        }

        Add("this", new TimeWord(TimeWordKinds.Shift, Shift: 0));
        Add("early", new TimeWord(TimeWordKinds.Modifier));
        Add("late", new TimeWord(TimeWordKinds.Modifier));
        Add("mid", new TimeWord(TimeWordKinds.Modifier));

        Add("daily", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Day));
        Add("nightly", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Day));
        Add("weekly", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Week));
        Add("monthly", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Month));
        Add("annually", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Year));
        Add("yearly", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Year));
        Add("hourly", new TimeWord(TimeWordKinds.SetAdverb, Unit: TimeUnit.Hour));
        Add("every", new TimeWord(TimeWordKinds.Every));
        Add("each", new TimeWord(TimeWordKinds.Every));
        Add("once", new TimeWord(TimeWordKinds.Frequency, Number: 1));
        Add("twice", new TimeWord(TimeWordKinds.Frequency, Number: 2));
        Add("times", new TimeWord(TimeWordKinds.Frequency));
        Add("ago", new TimeWord(TimeWordKinds.Ago));
        Add("later", new TimeWord(TimeWordKinds.Later, Shift: 1));
        Add("earlier", new TimeWord(TimeWordKinds.Later, Shift: -1));
        Add("more", new TimeWord(TimeWordKinds.Comparative));
        Add("less", new TimeWord(TimeWordKinds.Comparative));
        Add("fewer", new TimeWord(TimeWordKinds.Comparative));
        Add("nearly", new TimeWord(TimeWordKinds.Comparative));
        Add("almost", new TimeWord(TimeWordKinds.Comparative));

        foreach (var present in new[] { "now", "currently", "nowadays" })
        {
            Add(present, new TimeWord(TimeWordKinds.PresentRef));
        }

        Add("recently", new TimeWord(TimeWordKinds.PastRef));
        foreach (var anchor in new[] { "the", "noon", "midday", "midnight", "tonight", "overnight", "per" })
        {
            Add(anchor, new TimeWord(TimeWordKinds.Anchor));
        }

        // Tense cues: past forms that do not end in -ed, and the words that announce a future.
        string[] pastForms =
        [
            "was", "were", "had", "did", "said", "told", "met", "went", "came", "left", "took", "held", "began", "spoke", "gave",
            "made", "saw", "sent", "became", "fell", "rose", "flew", "broke", "led", "brought", "won", "lost", "struck", "got",
            "found", "felt", "kept", "paid", "ran", "wrote", "sat", "stood", "thought", "sought", "fought", "built", "spent", "drove",
            "ago", "hit", "chose", "knew", "grew", "drew", "threw", "ate", "shook", "swore", "wore", "tore", "woke", "froze", "hung",
        ];
        foreach (var past in pastForms)
        {
            Add(past, new TimeWord(TimeWordKinds.PastCue));
        }

        foreach (var future in new[] { "will", "shall", "would", "'ll", "’ll", "going", "plans", "plan", "scheduled", "expected", "due", "upcoming", "set", "intends", "aims", "expect", "expects", "soon" })
        {
            Add(future, new TimeWord(TimeWordKinds.FutureCue));
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
