using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Entities.Data;
using NewsTrace.Stories.Clustering;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Groups observations from many articles into entities, without any user decision. The rules, in order:
/// <list type="number">
/// <item>observations of one document-level entity stay together (the entity layer already joined "Lavrov" to "Sergey Lavrov" there);</item>
/// <item>names with the same cross-document key are one entity (transliterations, hyphens, case, the word lists' aliases);
/// a one-word person name waits for rule 6, because a surname alone may be anyone's;</item>
/// <item>a person name that ends with another person's full name is that person ("State Affairs Kim Jong-un");</item>
/// <item>"Republic of X", "Federal Republic of X" is the place X when the corpus names X;</item>
/// <item>an acronym is what an article defines it as, or else the one multi-word name whose initials it spells;</item>
/// <item>a surname alone (or an initial and a surname) joins the one person with that surname, or, when several people
/// share it, the one whose articles mention the same other entities; with no such evidence it stays apart.</item>
/// </list>
/// Two full names with different first names are never joined: that is the guard against over-merging namesakes.
/// </summary>
internal static partial class AutomaticGrouping
{
    public static List<List<int>> Group(IReadOnlyList<EntityObservation> observations, IReadOnlyCollection<AcronymDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(definitions);
        var sets = new DisjointSets(observations.Count);
        var keys = observations.Select(CanonicalKey).ToArray();
        var words = observations.Select(o => CrossDocumentNameKey.Words(o.DocumentName)).ToArray();

        JoinDocumentEntities(observations, sets);
        var byKey = JoinSameNames(observations, keys, words, sets);
        JoinTitledPrefixes(observations, words, byKey, sets);
        JoinStateForms(observations, byKey, sets);
        JoinAcronyms(observations, words, definitions, byKey, sets);
        JoinOrganisationShortNames(observations, words, sets);
        JoinSurnames(observations, keys, words, sets);

        return Enumerable.Range(0, observations.Count)
            .GroupBy(sets.Smallest)
            .Select(group => group.ToList())
            .ToList();
    }

    /// <summary>The key names are compared by: for places and organisations, the word lists' canonical name when they know it.</summary>
    private static string CanonicalKey(EntityObservation observation)
        => !observation.IsPerson && KnownNames.CanonicalByKey.TryGetValue(observation.NameKey, out var canonical)
            ? CrossDocumentNameKey.Of(canonical)
            : observation.NameKey;

    private static string ClassKey(EntityObservation observation, string key) => (observation.IsPerson ? "P:" : "T:") + key;

    private static void JoinDocumentEntities(IReadOnlyList<EntityObservation> observations, DisjointSets sets)
    {
        var first = new Dictionary<(string, bool, string), int>();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (first.TryGetValue((o.ArticleId, o.IsPerson, o.NameKey), out var other))
            {
                sets.Union(i, other);
            }
            else
            {
                first[(o.ArticleId, o.IsPerson, o.NameKey)] = i;
            }
        }
    }

    /// <summary>Rule 2; returns the first observation of each class-qualified key, for the rules that look names up.</summary>
    private static Dictionary<string, int> JoinSameNames(IReadOnlyList<EntityObservation> observations, string[] keys, ImmutableArray<string>[] words, DisjointSets sets)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (keys[i].Length == 0 || (o.IsPerson && words[i].Length < 2))
            {
                continue;
            }

            var classKey = ClassKey(o, keys[i]);
            if (byKey.TryGetValue(classKey, out var other))
            {
                sets.Union(i, other);
            }
            else
            {
                byKey[classKey] = i;
            }
        }

        return byKey;
    }

    private static void JoinTitledPrefixes(IReadOnlyList<EntityObservation> observations, ImmutableArray<string>[] words, Dictionary<string, int> byKey, DisjointSets sets)
    {
        for (var i = 0; i < observations.Count; i++)
        {
            var name = words[i];
            if (!observations[i].IsPerson || name.Length < 3)
            {
                continue;
            }

            // Longest proper suffix of two words or more that is someone's full name.
            for (var skip = 1; skip <= name.Length - 2; skip++)
            {
                if (byKey.TryGetValue("P:" + string.Concat(name.Skip(skip)), out var person))
                {
                    sets.Union(i, person);
                    break;
                }
            }
        }
    }

    private static void JoinStateForms(IReadOnlyList<EntityObservation> observations, Dictionary<string, int> byKey, DisjointSets sets)
    {
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.IsPerson)
            {
                continue;
            }

            var match = StateForm().Match(o.DocumentName);
            if (match.Success && byKey.TryGetValue("T:" + CrossDocumentNameKey.Of(match.Groups["name"].Value), out var place))
            {
                sets.Union(i, place);
            }
        }
    }

    private static void JoinAcronyms(
        IReadOnlyList<EntityObservation> observations,
        ImmutableArray<string>[] words,
        IReadOnlyCollection<AcronymDefinition> definitions,
        Dictionary<string, int> byKey,
        DisjointSets sets)
    {
        var defined = definitions
            .GroupBy(d => d.Letters, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => KeyOf(d.Name)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            if (!observations[i].IsPerson && words[i].Length >= 2 && Initials(observations[i].DocumentName) is { } initials)
            {
                Add(byInitials, initials, i);
            }
        }

        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.IsPerson || !CrossDocumentNameKey.IsAcronym(o.DocumentName))
            {
                continue;
            }

            var letters = CrossDocumentNameKey.AcronymLetters(o.DocumentName);
            var targets = defined.TryGetValue(letters, out var names)
                ? names.Where(k => byKey.ContainsKey("T:" + k)).Select(k => byKey["T:" + k]).ToList()
                : byInitials.GetValueOrDefault(letters) ?? [];
            var roots = targets.Select(sets.Smallest).Distinct().ToList();
            if (roots.Count == 1)
            {
                sets.Union(i, roots[0]);
            }
        }

        string KeyOf(string name)
        {
            var key = CrossDocumentNameKey.Of(name);
            return KnownNames.CanonicalByKey.TryGetValue(key, out var canonical) ? CrossDocumentNameKey.Of(canonical) : key;
        }
    }

    /// <summary>"Meridian" for "Meridian News Agency": a one-word organisation and the one organisation that starts with it and ends in organisation words.</summary>
    private static void JoinOrganisationShortNames(IReadOnlyList<EntityObservation> observations, ImmutableArray<string>[] words, DisjointSets sets)
    {
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            var name = o.DocumentName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (o.Type == EntityTypes.Organization && name.Length >= 2 && name.Skip(1).All(w => NameWords.OrganizationHeads.Contains(w.ToLower(CultureInfo.InvariantCulture))))
            {
                Add(byFirstWord, words[i][0], i);
            }
        }

        var placeRoots = Enumerable.Range(0, observations.Count)
            .Where(i => observations[i].Type is EntityTypes.Geopolitical or EntityTypes.Location)
            .Select(sets.Smallest)
            .ToHashSet();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.Type != EntityTypes.Organization || words[i].Length != 1 || CrossDocumentNameKey.IsAcronym(o.DocumentName)
                || placeRoots.Contains(sets.Smallest(i)) || !byFirstWord.TryGetValue(words[i][0], out var candidates))
            {
                continue;
            }

            var roots = candidates.Select(sets.Smallest).Distinct().ToList();
            if (roots.Count == 1)
            {
                sets.Union(i, roots[0]);
            }
        }
    }

    private static void JoinSurnames(IReadOnlyList<EntityObservation> observations, string[] keys, ImmutableArray<string>[] words, DisjointSets sets)
    {
        // People with a full name, by the word a surname-only mention would use.
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            var name = words[i];
            if (!observations[i].IsPerson || name.Length < 2 || name[0].Length == 1)
            {
                continue;
            }

            Add(bySurname, name[^1], i);
            if (IsFamilyNameFirst(observations[i].DocumentName))
            {
                Add(bySurname, name[0], i);
            }
        }

        var contexts = ContextsByRoot(observations, keys, sets);
        var documentContexts = ContextsByArticle(observations, keys);
        var joins = new List<(int, int)>();
        for (var i = 0; i < observations.Count; i++)
        {
            var name = words[i];
            var o = observations[i];
            var isSurnameOnly = name.Length == 1;
            var isInitialAndSurname = name.Length == 2 && name[0].Length == 1;
            if (!o.IsPerson || !(isSurnameOnly || isInitialAndSurname) || !bySurname.TryGetValue(name[^1], out var candidates))
            {
                continue;
            }

            var roots = candidates
                .Where(c => isSurnameOnly || words[c][0].StartsWith(name[0], StringComparison.Ordinal))
                .Select(sets.Smallest)
                .Distinct()
                .ToList();
            var chosen = roots.Count == 1 ? roots[0] : BestByContext(roots, documentContexts[o.ArticleId], contexts);
            if (chosen >= 0)
            {
                joins.Add((i, chosen));
            }
        }

        foreach (var (a, b) in joins)
        {
            sets.Union(a, b);
        }
    }

    /// <summary>The candidate whose articles share the most other entities with this article; -1 on a tie or no overlap.</summary>
    private static int BestByContext(List<int> roots, HashSet<string> context, Dictionary<int, HashSet<string>> contexts)
    {
        var best = -1;
        var bestScore = 0;
        var tie = false;
        foreach (var root in roots)
        {
            var score = contexts.TryGetValue(root, out var other) ? context.Count(other.Contains) : 0;
            if (score > bestScore)
            {
                (best, bestScore, tie) = (root, score, false);
            }
            else if (score == bestScore && score > 0)
            {
                tie = true;
            }
        }

        return tie ? -1 : best;
    }

    private static Dictionary<string, HashSet<string>> ContextsByArticle(IReadOnlyList<EntityObservation> observations, string[] keys)
    {
        var contexts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            if (!contexts.TryGetValue(observations[i].ArticleId, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                contexts[observations[i].ArticleId] = set;
            }

            set.Add(ClassKey(observations[i], keys[i]));
        }

        return contexts;
    }

    private static Dictionary<int, HashSet<string>> ContextsByRoot(IReadOnlyList<EntityObservation> observations, string[] keys, DisjointSets sets)
    {
        var byArticle = ContextsByArticle(observations, keys);
        var contexts = new Dictionary<int, HashSet<string>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var root = sets.Smallest(i);
            if (!contexts.TryGetValue(root, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                contexts[root] = set;
            }

            set.UnionWith(byArticle[observations[i].ArticleId]);
            set.Remove(ClassKey(observations[i], keys[i]));
        }

        return contexts;
    }

    /// <summary>"Kim Jong Un", "Choe Son Hui", "Kim Jong-un": three short syllables, family name first.</summary>
    private static bool IsFamilyNameFirst(string name)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts.All(p => p.Length <= 5);
    }

    /// <summary>Capital initials of a name's words ("Dorvan Institute for Regional Studies" gives "DIRS"); null under two.</summary>
    private static string? Initials(string name)
    {
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length >= 2 ? initials : null;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }

    [GeneratedRegex(
        """^(?:the\s+)?(?:(?:Federal|Democratic|People['’]s|Islamic|Socialist|United|Arab|Federative|Plurinational|Bolivarian|Hashemite|Independent|Sovereign|Co-?operative)\s+)*(?:Republic|Kingdom|Federation|State|Commonwealth|Principality|Emirate|Sultanate|Grand\s+Duchy|Duchy|Confederation)\s+of\s+(?:the\s+)?(?<name>\S.*)$""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StateForm();
}
