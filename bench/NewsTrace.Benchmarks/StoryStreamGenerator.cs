using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Benchmarks;

/// <summary>
/// A deterministic stream of news-like articles with real story structure for the incremental story benchmark: topics of
/// 1–4 events, events of 2–8 articles over a few days, about ten new events a day. Words are invented from syllables:
/// a Zipf-distributed common vocabulary every article uses, plus each topic's and each event's own keywords, names
/// (capitalised where no sentence starts) and numbers. Written as labelled JSON Lines (doc_id, topic, subtopic,
/// published, text) in publish order, the input of `newstrace eval stories --incremental`.
/// </summary>
internal sealed class StoryStreamGenerator
{
    private static readonly string[] Syllables = ["ka", "lo", "mir", "ven", "sta", "dor", "el", "rin", "tu", "bra", "gol", "nep", "pi", "ar", "quo", "zel", "ham", "fi", "rom", "vek", "sul", "tav", "ob", "ling"];
    private const int CommonWords = 4_000;
    private readonly List<string> _words;
    private readonly double[] _zipf;
    private readonly Random _random = new(20261122);
    private int _nextWord = CommonWords;

    public StoryStreamGenerator()
    {
        _words = [];
        foreach (var a in Syllables)
        {
            foreach (var b in Syllables)
            {
                _words.Add(a + b);
                foreach (var c in Syllables)
                {
                    _words.Add(a + b + c);
                    foreach (var d in Syllables)
                    {
                        _words.Add(a + b + c + d);
                    }
                }
            }
        }

        new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words));
        _zipf = new double[CommonWords];
        double sum = 0;
        for (var i = 0; i < CommonWords; i++)
        {
            sum += 1.0 / (i + 1);
            _zipf[i] = sum;
        }

        for (var i = 0; i < CommonWords; i++)
        {
            _zipf[i] /= sum;
        }
    }

    public void Write(string path, int articles)
    {
        var start = new DateOnly(2020, 1, 1);
        var records = new List<(DateOnly Date, string Id, string Json)>(articles);
        var topic = 0;
        while (records.Count < articles)
        {
            topic++;
            var topicDay = (records.Count / 50) + _random.Next(0, 3);
            var topicWords = Fresh(30);
            var topicNames = Fresh(4);
            var events = _random.Next(1, 5);
            var eventDay = topicDay;
            for (var e = 1; e <= events && records.Count < articles; e++)
            {
                eventDay += e == 1 ? 0 : _random.Next(1, 21);
                var eventWords = Fresh(15);
                var eventNames = Fresh(3);
                var numbers = new[] { _random.Next(10, 5000).ToString(CultureInfo.InvariantCulture), _random.Next(10, 99).ToString(CultureInfo.InvariantCulture) };
                var size = _random.Next(2, 9);
                for (var a = 0; a < size && records.Count < articles; a++)
                {
                    var date = start.AddDays(eventDay + _random.Next(0, 3));
                    var id = string.Create(CultureInfo.InvariantCulture, $"g{topic:D6}-{e}-{a}");
                    var text = Article(topicWords, topicNames, eventWords, eventNames, numbers);
                    var json = JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["doc_id"] = id,
                        ["topic"] = topic,
                        ["subtopic"] = string.Create(CultureInfo.InvariantCulture, $"{topic}_{e}"),
                        ["published"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        ["text"] = text,
                    });
                    records.Add((date, id, json));
                }
            }
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var record in records.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            writer.WriteLine(record.Json);
        }
    }

    private string Article(string[] topicWords, string[] topicNames, string[] eventWords, string[] eventNames, string[] numbers)
    {
        var text = new StringBuilder();
        var sentences = _random.Next(8, 14);
        for (var s = 0; s < sentences; s++)
        {
            var length = _random.Next(12, 22);
            for (var w = 0; w < length; w++)
            {
                var word = w == 0 ? Common() : Word(topicWords, topicNames, eventWords, eventNames, numbers);
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == length - 1 ? ". " : " ");
            }
        }

        return text.ToString().TrimEnd();
    }

    private string Word(string[] topicWords, string[] topicNames, string[] eventWords, string[] eventNames, string[] numbers)
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.62 => Common(),
            < 0.77 => topicWords[_random.Next(topicWords.Length)],
            < 0.81 => Name(topicNames[_random.Next(topicNames.Length)]),
            < 0.93 => eventWords[_random.Next(eventWords.Length)],
            < 0.98 => Name(eventNames[_random.Next(eventNames.Length)]),
            _ => numbers[_random.Next(numbers.Length)],
        };
    }

    private string Common()
    {
        var index = Array.BinarySearch(_zipf, _random.NextDouble());
        return _words[index < 0 ? ~index : index];
    }

    private static string Name(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Words never used before (the pool of 340,000 is reused cyclically after it runs out, as real vocabularies repeat).</summary>
    private string[] Fresh(int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = _words[_nextWord];
            _nextWord = _nextWord + 1 < _words.Count ? _nextWord + 1 : CommonWords;
        }

        return words;
    }
}
