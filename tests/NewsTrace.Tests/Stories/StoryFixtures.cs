using NewsTrace.Documents;
using NewsTrace.Stories;

namespace NewsTrace.Tests.Stories;

/// <summary>
/// A small invented corpus: two ferry accidents at one harbour (two events of one topic, months apart) and an
/// unrelated cycling race. Each article is written independently, so only the event's facts are shared.
/// </summary>
internal static class StoryFixtures
{
    public static readonly string[] GroundingIds = ["a1", "a2", "a3"];
    public static readonly string[] FireIds = ["b1", "b2"];
    public static readonly string[] RaceIds = ["c1", "c2"];

    public static IReadOnlyList<StoryInput> Corpus(bool withDates = false) =>
    [
        Input(withDates, "a1", "2023-03-07", """
            The ferry Saint Elna ran aground outside Orvik harbour on Tuesday with 212 passengers on board.
            Captain Lars Fenner said the vessel struck a sandbank in thick fog shortly after leaving Orvik.
            Coast guard boats from Halmstrand took all 212 passengers ashore and nobody was hurt.
            """),
        Input(withDates, "a2", "2023-03-07", """
            Fog is blamed after the Saint Elna grounded near Orvik. The coast guard in Halmstrand reported that 212
            travellers were brought to safety. Lars Fenner, the ferry's captain, told reporters the sandbank was not on his charts.
            """),
        Input(withDates, "a3", "2023-03-08", """
            Investigators began examining the hull of the Saint Elna a day after the ferry ran aground near Orvik harbour.
            The operator Baltrek Lines praised captain Fenner and the Halmstrand coast guard for the rescue of 212 passengers.
            """),
        Input(withDates, "b1", "2023-09-19", """
            A fire broke out in the engine room of the ferry Nordlys as it approached Orvik harbour on Monday evening.
            The crew of 14 put out the blaze and the 87 passengers were evacuated to lifeboats, the operator Vestmar said.
            """),
        Input(withDates, "b2", "2023-09-20", """
            Vestmar suspended the Nordlys route after Monday's engine-room fire near Orvik harbour.
            All 87 passengers were safe, and an inspector from the maritime authority boarded the ferry to find the cause of the fire.
            """),
        Input(withDates, "c1", "2023-06-11", """
            Paola Risi won the Tarento Classic cycling race on Sunday after a solo attack on the final climb of Monte Vesco.
            The Italian rider crossed the line 41 seconds ahead of the Dutch sprinter Joris Meerman.
            """),
        Input(withDates, "c2", "2023-06-11", """
            Risi took her first Tarento Classic with a breakaway on Monte Vesco, finishing 41 seconds clear of Meerman.
            The race covered 168 kilometres through the hills above Tarento.
            """),
    ];

    private static StoryInput Input(bool withDates, string id, string date, string text)
        => new(id, text, TextHash: "hash-" + id, Published: withDates && PublishDate.TryParseIso(date, out var published) ? published : null, Title: text.Split('\n')[0]);
}
