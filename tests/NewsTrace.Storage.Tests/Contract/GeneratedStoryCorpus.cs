using System.Globalization;

namespace NewsTrace.Storage.Tests.Contract;

/// <summary>
/// A generated corpus for comparing catch-up runs: three topics (a port, a railway, an election) with two events each,
/// eight articles per event, each article a seeded mix of its event's sentences, its topic's and filler. Large enough
/// that a run in small windows reads back members and neighbours of earlier windows; every sentence is made up here.
/// </summary>
public static class GeneratedStoryCorpus
{
    private static readonly string[][] Topics =
    [
        ["Veldmark harbour", "dock workers", "container cranes", "the port authority", "shipping lanes"],
        ["the Ostrel railway", "signal failure", "commuter trains", "the rail operator", "platform crowds"],
        ["the Brisa election", "polling stations", "the electoral commission", "ballot counting", "party leaders"],
    ];

    private static readonly string[][] Events =
    [
        ["a strike halted {0} on {1}", "union leader Mara Kovic said {0} would stay shut", "ferries to Lunder were cancelled"],
        ["a fire broke out on a tanker at {0} on {1}", "firefighter Ivo Rasp said the blaze was contained", "the tanker Sela was towed out"],
        ["a derailment near Pettar blocked {0} on {1}", "engineer Dana Holm said the axle had cracked", "buses replaced trains to Pettar"],
        ["a cyber attack froze ticket machines of {0} on {1}", "security chief Olek Marr said no data was stolen", "tickets were free for a day"],
        ["turnout at {0} reached a record on {1}", "commissioner Rina Voss said queues lasted hours", "the count ran through the night"],
        ["a recount was ordered after {0} on {1}", "judge Pavel Stern said the ballots were sealed", "observers from Tallon arrived"],
    ];

    private static readonly string[] Filler =
    [
        "Officials promised a full report next month.", "Residents described a tense day.", "The mayor asked for calm.",
        "More details are expected on Friday.", "Local radio carried the news all morning.", "Prices of fuel rose slightly.",
    ];

    /// <summary>The articles, in a seeded order that interleaves the events.</summary>
    public static IReadOnlyList<StoredArticle> Articles(int seed = 11)
    {
        var random = new Random(seed);
        var articles = new List<StoredArticle>();
        for (var e = 0; e < Events.Length; e++)
        {
            var topic = Topics[e / 2];
            var day = new DateOnly(2024, 3, 1).AddDays(e * 9);
            for (var a = 0; a < 8; a++)
            {
                var published = day.AddDays(random.Next(3));
                var sentences = new List<string>();
                foreach (var template in Events[e])
                {
                    if (sentences.Count == 0 || random.NextDouble() < 0.8)
                    {
                        sentences.Add(Sentence(string.Format(CultureInfo.InvariantCulture, template, topic[random.Next(2)], published.DayOfWeek)));
                    }
                }

                sentences.Add(Sentence($"{topic[2 + random.Next(3)]} and {topic[2 + random.Next(3)]} were mentioned by {topic[random.Next(2)]}"));
                sentences.Add(Filler[random.Next(Filler.Length)]);
                var text = string.Join(" ", sentences.OrderBy(_ => random.Next()));
                var id = string.Create(CultureInfo.InvariantCulture, $"g{e}-{a:00}");
                articles.Add(TestArticles.Create(text, title: Sentence(topic[0]), published: published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id: id));
            }
        }

        return [.. articles.OrderBy(_ => random.Next())];
    }

    private static string Sentence(string words) => char.ToUpperInvariant(words[0]) + words[1..] + ".";
}
