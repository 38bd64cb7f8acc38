using NewsTrace.Documents;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// Roles: who the document names with a role word ("the minister" asks for the person whose surrounding words say
/// "minister"). A long article asks this for every description, so each person's surrounding words, and the role found
/// in them, are kept per document.
/// </summary>
internal sealed partial class DocumentMentions
{
    private readonly Dictionary<TextSpan, string> _windows = [];
    private readonly Dictionary<string, bool[]> _roleInWindows = new(StringComparer.Ordinal);
    private List<(EntityMention Entity, string Key)>? _people;

    /// <summary>For each of <see cref="People"/>, the index of its key among the document's distinct keys.</summary>
    private int[] _personKeys = [];

    /// <summary>Per distinct key, scratch for <see cref="MostRecentWithRole"/>, cleared on each call: it runs for every description.</summary>
    private RoleScratch[] _roleScratch = [];

    private struct RoleScratch
    {
        public bool Candidate;
        public ulong Modifiers;
        public bool Titled;
        public EntityMention? Latest;
    }

    /// <summary>How far a mention's window reaches each side (<see cref="Window"/>).</summary>
    private const int WindowChars = 40;

    /// <summary>
    /// True when <paramref name="role"/> stands in <paramref name="window"/> as a whole word (case ignored) that is the
    /// person's own: not a role they serve ("adviser to the prime minister", "a spokesman for the mayor") nor one that owns
    /// something of theirs ("the prime minister's chief of staff").
    /// </summary>
    private static bool ContainsOwnRole(string window, string role)
    {
        // "Sen. Harlan Crowther (R-Tenn.)" is "the Tennessee Republican": the party tag's letter names the party.
        if (PartyLetters.TryGetValue(role, out var letter) && HasPartyTag(window, letter))
        {
            return true;
        }

        // "Sen. Curtis Vandermeer" is "the senator", "Justice Rachel Penhaligon" "the judge": other written forms name the role too.
        if (OtherRoleForms.TryGetValue(role, out var forms))
        {
            foreach (var form in forms)
            {
                if (ContainsOwnRoleAsWritten(window, form))
                {
                    return true;
                }
            }
        }

        return ContainsOwnRoleAsWritten(window, role);
    }

    private static bool ContainsOwnRoleAsWritten(string window, string role)
    {
        for (var at = window.IndexOf(role, StringComparison.OrdinalIgnoreCase); at >= 0; at = window.IndexOf(role, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + role.Length;
            if ((at == 0 || !char.IsLetter(window[at - 1])) && (end == window.Length || !char.IsLetter(window[end]))
                && !IsPossessive(window.AsSpan(end)) && !ServedRole(window.AsSpan(0, at)) && !ServesNamed(window, end) && !RightAfterName(window, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words around <paramref name="entity"/> give <paramref name="role"/> only as someone else's ("X, adviser to
    /// the prime minister"): then X is the one person "the prime minister" cannot be.
    /// </summary>
    public bool ServesRole(EntityMention entity, string role)
    {
        var window = Window(entity);
        return window.Contains(role, StringComparison.OrdinalIgnoreCase) && !ContainsOwnRole(window, role);
    }

    /// <summary>"A Farkas aide", "a Pruitt adviser": a role right after the name, with no comma between, is someone else's serving that person.</summary>
    private static bool RightAfterName(string window, int roleAt)
    {
        var bar = window.IndexOf(" | ", StringComparison.Ordinal);
        return bar >= 0 && roleAt > bar && window.AsSpan(bar + 3, roleAt - bar - 3).IsWhiteSpace();
    }

    private static bool IsPossessive(ReadOnlySpan<char> after) => after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>
    /// "the aide, who works for Sen. X": the role before the name belongs to someone serving the named person, when "for" or
    /// "to" stands right before the name (a title between them aside); "a spokesman for the mayor, X" is still X's role.
    /// </summary>
    private static bool ServesNamed(string window, int roleEnd)
    {
        var bar = window.IndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0 || roleEnd > bar)
        {
            return false;
        }

        var before = window.AsSpan(roleEnd, bar - roleEnd);
        for (var words = 0; words < 2; words++)
        {
            // "Sen." before the name: the abbreviation's stop is no word's end.
            before = before.TrimEnd().TrimEnd('.');
            var word = LastWord(ref before);
            if (word.IsEmpty)
            {
                return false;
            }

            if (word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a role is the object of "to" or "for" a few words back ("adviser to the prime minister", "a spokesman for
    /// the foreign minister", "flew in to meet the prime minister"), but not of "to be" or "to become".
    /// </summary>
    private static bool ServedRole(ReadOnlySpan<char> before)
    {
        var afterIsBe = false;
        for (var words = 0; words < 4; words++)
        {
            var word = LastWord(ref before);
            if (word.IsEmpty)
            {
                return false;
            }

            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                return !afterIsBe;
            }

            afterIsBe = word.Equals("be", StringComparison.OrdinalIgnoreCase) || word.Equals("become", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>The last word of <paramref name="text"/> (letters only), cutting it and the blanks after it off.</summary>
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..];
        text = text[..start];
        return word;
    }

    /// <summary>
    /// The person a description names: among the people mentioned before it, those introduced with <paramref name="role"/>
    /// ("Transport Minister X", "X, the transport minister,"), best the one whose mentions also carry most of the
    /// description's other words ("the Russian minister": "Russia's Foreign Minister X" over "Israeli Prime Minister Y";
    /// a nationality is matched on its first five letters, so "Russian" finds "Russia"), then the most recent.
    /// </summary>
    public EntityMention? MostRecentWithRole(int before, string role, IReadOnlyList<string> modifiers, TextSpan? ignore = null)
    {
        // A long article asks this for every description, so first only which people a window of theirs names with the role
        // (a whole word: "posters of the Cruise video" does not make Cruise "the poster"), from a per-role cache.
        var people = People();
        var roleHits = RoleInWindows(role);
        var scratch = _roleScratch.AsSpan();
        scratch.Clear();
        var any = false;
        for (var p = 0; p < people.Count; p++)
        {
            var entity = people[p].Entity;
            if (entity.Span.Start < before && (ReshapedBy(entity, ignore) ? ContainsOwnRole(Window(entity, ignore), role) : roleHits[p]))
            {
                scratch[_personKeys[p]].Candidate = true;
                any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        // Then, per candidate, which of the description's words its windows hold (a bit each; a description has a handful of
        // words, and words past the 64th are not scored), and its latest mention.
        for (var p = 0; p < people.Count; p++)
        {
            var entity = people[p].Entity;
            ref var seen = ref scratch[_personKeys[p]];
            if (entity.Span.Start >= before || !seen.Candidate)
            {
                continue;
            }

            var window = Window(entity, ignore);
            for (var m = 0; m < modifiers.Count && m < 64; m++)
            {
                var modifier = modifiers[m];
                if ((seen.Modifiers & (1UL << m)) == 0 && (window.Contains(modifier.Length > 5 ? modifier[..5] : modifier, StringComparison.OrdinalIgnoreCase) || InPartyTag(window, modifier)))
                {
                    seen.Modifiers |= 1UL << m;
                }
            }

            seen.Titled = seen.Titled || RoleRightBefore(entity, role);
            seen.Latest = entity;
        }

        EntityMention? best = null;
        var bestScore = -1;
        // The role as the person's title ("Mayor Gloria Estrada") outweighs the word elsewhere near a name ("Dennis Ferro
        // in the mayor's race"); then the description's other words; then the latest mention.
        var bestTitled = false;
        foreach (ref readonly var seen in scratch)
        {
            if (seen.Latest is not { } mention)
            {
                continue;
            }

            var score = System.Numerics.BitOperations.PopCount(seen.Modifiers);
            if (best is null || (seen.Titled && !bestTitled)
                || (seen.Titled == bestTitled && (score > bestScore || (score == bestScore && mention.Span.Start > best.Span.Start))))
            {
                (best, bestScore, bestTitled) = (mention, score, seen.Titled);
            }
        }

        return best;
    }

    /// <summary>Whether any mention of <paramref name="person"/> (by its canonical name) has <paramref name="role"/> as its own in its window.</summary>
    public bool HasOwnRole(EntityMention person, string role)
    {
        var people = People();
        var hits = RoleInWindows(role);
        var key = person.Canonical ?? person.Span.Of(context.Text);
        for (var p = 0; p < people.Count; p++)
        {
            if (hits[p] && string.Equals(people[p].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="role"/> is the word right before the mention, as a title ("Mayor Gloria Estrada").</summary>
    private bool RoleRightBefore(EntityMention entity, string role)
    {
        var before = context.Text.AsSpan(0, entity.Span.Start).TrimEnd();
        if (RoleAbbreviations.TryGetValue(role, out var abbreviations))
        {
            foreach (var abbreviation in abbreviations)
            {
                if (EndsWithWord(before, abbreviation))
                {
                    return true;
                }
            }
        }

        return EndsWithWord(before, role);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> before, string word)
        => before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));

    /// <summary>For each of <see cref="People"/>, whether its own window (nothing ignored) names <paramref name="role"/> as a whole word; once per role.</summary>
    private bool[] RoleInWindows(string role)
    {
        if (!_roleInWindows.TryGetValue(role, out var hits))
        {
            var people = People();
            hits = new bool[people.Count];
            for (var p = 0; p < people.Count; p++)
            {
                hits[p] = ContainsOwnRole(Window(people[p].Entity), role);
            }

            _roleInWindows[role] = hits;
        }

        return hits;
    }

    /// <summary>Whether <paramref name="ignore"/> cuts into the window before <paramref name="entity"/> (see <see cref="Window"/>).</summary>
    private static bool ReshapedBy(EntityMention entity, TextSpan? ignore)
        => ignore is { } skipped && skipped.End > Math.Max(0, entity.Span.Start - WindowChars) && skipped.Start < entity.Span.Start;

    /// <summary>The document's people (not a dateline's desk) in text order, each with its canonical name or, lacking one, its written form; built once.</summary>
    private List<(EntityMention Entity, string Key)> People()
    {
        if (_people is null)
        {
            _people = [];
            foreach (var entity in context.Entities)
            {
                if (entity.Type == EntityTypes.Person && !IsOutsideStory(entity))
                {
                    _people.Add((entity, entity.Canonical ?? entity.Span.Of(context.Text)));
                }
            }

            var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            _personKeys = new int[_people.Count];
            for (var p = 0; p < _people.Count; p++)
            {
                if (!keyIndex.TryGetValue(_people[p].Key, out var index))
                {
                    keyIndex[_people[p].Key] = index = keyIndex.Count;
                }

                _personKeys[p] = index;
            }

            _roleScratch = new RoleScratch[keyIndex.Count];
        }

        return _people;
    }

    /// <summary>The words around a mention in its own clause: 40 characters each side, cut at a full stop or line break.</summary>
    public string Window(EntityMention entity, TextSpan? ignore = null)
    {
        var windowStart = Math.Max(0, entity.Span.Start - WindowChars);
        if (ignore is { } skipped && ReshapedBy(entity, ignore))
        {
            // The words of another noun phrase ("a party source said Brask") say nothing of this person's role.
            windowStart = Math.Min(entity.Span.Start, Math.Max(windowStart, skipped.End));
            return WindowFrom(entity, windowStart);
        }

        // Every description asks for the windows of all the people named before it, so each is built once per document.
        if (!_windows.TryGetValue(entity.Span, out var window))
        {
            _windows[entity.Span] = window = WindowFrom(entity, windowStart);
        }

        return window;
    }

    /// <summary>The last full stop or line break, not counting the stop of an abbreviated title ("Sen. Curtis Vandermeer").</summary>
    private static int LastStop(ReadOnlySpan<char> before)
    {
        var stop = before.LastIndexOfAny('.', '\n');
        while (stop > 0 && before[stop] == '.' && IsTitleAbbreviation(before[..stop]))
        {
            stop = before[..stop].LastIndexOfAny('.', '\n');
        }

        return stop;
    }

    private static bool IsTitleAbbreviation(ReadOnlySpan<char> beforeStop)
    {
        var start = beforeStop.Length;
        while (start > 0 && char.IsLetter(beforeStop[start - 1]))
        {
            start--;
        }

        return TitleAbbreviations.Contains(beforeStop[start..]);
    }

    private string WindowFrom(EntityMention entity, int windowStart)
    {
        var before = context.Text.AsSpan(windowStart, entity.Span.Start - windowStart);
        var stop = LastStop(before);
        before = stop >= 0 ? before[(stop + 1)..] : before;
        var after = context.Text.AsSpan(entity.Span.End, Math.Min(WindowChars, context.Text.Length - entity.Span.End));
        var afterStop = after.IndexOfAny('.', '\n');
        after = afterStop >= 0 ? after[..afterStop] : after;
        return string.Concat(before, " | ", after);
    }
}
