using System.Globalization;
using System.Text;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Builds realistic news text for benchmarks from its own word lists and sentence templates: datelines, titles,
/// names, abbreviations, numbers, quotes in several typographies, URLs, e-mail addresses, headlines and paragraphs.
/// A fixed pseudo-random sequence makes every run produce the same text, so figures compare across runs.
/// </summary>
internal static class NewsTextGenerator
{
    private static readonly string[] Cities = ["MOSCOW", "WASHINGTON", "SEOUL", "BEIJING", "PYONGYANG", "BERLIN", "PARIS", "TOKYO", "KYIV", "LONDON"];
    private static readonly string[] Places = ["Moscow", "Washington", "Seoul", "Beijing", "Pyongyang", "Berlin", "Paris", "Tokyo", "Geneva", "Vladivostok"];
    private static readonly string[] Agencies = ["Reuters", "AP", "AFP", "TASS", "Yonhap", "Xinhua", "Kyodo"];
    private static readonly string[] Titles = ["Foreign Minister", "President", "Defense Secretary", "Prime Minister", "spokeswoman", "Ambassador", "Gen.", "Mr.", "Ms.", "Dr."];
    private static readonly string[] GivenNames = ["Sergei", "Anna", "John", "Choe", "Maria", "Olaf", "Emmanuel", "Yoon", "Wang", "Antony", "Li", "Kim"];
    private static readonly string[] Surnames = ["Lavrov", "Smith", "O'Brien", "Son Hui", "Petrova", "Scholz", "Macron", "Suk-yeol", "Yi", "Blinken", "Jong-un", "Zakharova"];
    private static readonly string[] Countries = ["Russia", "China", "North Korea", "the U.S.", "Japan", "South Korea", "Ukraine", "Germany", "France", "the U.K."];
    private static readonly string[] Months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Verbs = ["expand", "review", "suspend", "resume", "strengthen", "limit", "discuss", "finance"];
    private static readonly string[] Objects = ["trade ties", "military exercises", "grain exports", "energy projects", "nuclear talks", "border controls", "the sanctions regime", "rail links"];
    private static readonly string[] Adjectives = ["long-standing", "unprecedented", "constructive", "so-called", "well-known", "full-fledged", "dangerous", "cautious"];
    private static readonly string[] Quotes =
    [
        "We will not accept any pressure", "This is a step toward peace", "Nobody wants an escalation", "Our position has not changed",
        "The door to dialogue remains open", "It's too early to say", "We don't comment on rumours",
    ];
    private static readonly string[] RussianQuotes = ["Мы готовы к диалогу", "Это провокация", "Переговоры продолжатся", "Позиция России не изменилась"];
    private static readonly string[] RussianNames = ["Сергей Лавров", "Мария Захарова", "Дмитрий Песков", "В. В. Путин"];
    private static readonly string[] Sites = ["example", "newswire", "dailyglobe", "worldreport", "eastasiatimes"];

    private static readonly Func<Random, string>[] SentenceTemplates =
    [
        r => $"{Pick(r, Cities)}, {Pick(r, Months)} {Day(r)} ({Pick(r, Agencies)}) - {Pick(r, Titles)} {Name(r)} said on {Pick(r, Weekdays)} that {Pick(r, Countries)} would {Pick(r, Verbs)} {Pick(r, Objects)}.",
        r => $"\"{Pick(r, Quotes)},\" {Name(r)} told reporters in {Pick(r, Places)}.",
        r => $"“{Pick(r, Quotes)},” the {Pick(r, Titles).ToLowerInvariant().TrimEnd('.')} said, adding that talks with {Pick(r, Countries)} were {Pick(r, Adjectives)}.",
        r => $"The U.S. and {Pick(r, Countries)} agreed to {Pick(r, Verbs)} {Pick(r, Objects)} worth ${r.Next(1, 900)}.{r.Next(0, 9)} billion, according to {Pick(r, Agencies)}.",
        r => $"Gen. {Pick(r, Surnames)} met Mr. {Pick(r, Surnames)} on {Pick(r, Months)} {Day(r)} at {r.Next(1, 12)} a.m. local time, e.g. before the {r.Next(4, 10)}th round.",
        r => $"Prices rose {r.Next(1, 40)}.{r.Next(0, 9)}% to {r.Next(1, 99)},{r.Next(100, 999)} rubles in {r.Next(2000, 2024)}-{r.Next(2024, 2030)}, the ministry’s report showed.",
        r => $"Details were posted at https://www.{Pick(r, Sites)}.com/news/{r.Next(2015, 2025)}/{r.Next(1000, 99999)}.html and questions go to press@{Pick(r, Sites)}.org.",
        r => $"{Pick(r, Surnames)}’s {Pick(r, Adjectives)} ally called the plan a «{Pick(r, Quotes).ToLowerInvariant()}» move.",
        r => $"«{Pick(r, RussianQuotes)}», — заявил {Pick(r, RussianNames)} в {r.Next(2019, 2025)} г.",
        r => $"Is this the end?! Analysts in {Pick(r, Places)} doubt it... Others don't, and {Pick(r, Surnames)} (a former envoy) stayed silent.",
        r => $"On {r.Next(1, 12)}/{r.Next(1, 28)}/{r.Next(2015, 2025)}, {Pick(r, Countries)} reported {r.Next(1, 999)},{r.Next(100, 999)} cases, up from {r.Next(100, 999)} a year earlier.",
        r => $"J. R. {Pick(r, Surnames)}, Ph.D., of the Institute for {Pick(r, Objects)} said the {Pick(r, Adjectives)} policy was 'a mistake.'",
    ];

    /// <summary>At least <paramref name="minimumChars"/> characters of paragraphs with headlines, always the same for the same size.</summary>
    public static string Generate(int minimumChars)
    {
        var random = new Random(20231019);
        var text = new StringBuilder(minimumChars + 4096);
        while (text.Length < minimumChars)
        {
            // A headline line without final punctuation, then three to six paragraphs.
            text.Append(CultureInfo.InvariantCulture, $"{Pick(random, Countries)} moves to {Pick(random, Verbs)} {Pick(random, Objects)}").Append('\n');
            var paragraphs = random.Next(3, 7);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentences = random.Next(2, 6);
                for (var s = 0; s < sentences; s++)
                {
                    text.Append(Pick(random, SentenceTemplates)(random)).Append(' ');
                }

                text.Length--;
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Name(Random random) => $"{Pick(random, GivenNames)} {Pick(random, Surnames)}";

    private static int Day(Random random) => random.Next(1, 29);
}
