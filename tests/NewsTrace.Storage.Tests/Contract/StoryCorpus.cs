namespace NewsTrace.Storage.Tests.Contract;

/// <summary>
/// Invented articles for the incremental story tests: two mine accidents at one town (two events of one topic), a chess
/// final, and a later report on the first mine accident (same day, an id that sorts first, so it becomes the story's earliest member). Every sentence is written for these tests.
/// </summary>
public static class StoryCorpus
{
    public static IReadOnlyList<StoredArticle> FirstWave { get; } =
    [
        Article("m1", "2023-04-03", "Miners trapped at Kelvra colliery", """
            Water flooded a gallery of the Kelvra colliery near Ostrana on Monday, trapping 17 miners 400 metres underground.
            Rescue chief Ida Marek said pumps from Brodno were on their way and air was reaching the trapped Kelvra crew.
            """),
        Article("m2", "2023-04-03", "Flood at Kelvra mine", """
            Seventeen workers are stuck in the flooded Kelvra mine outside Ostrana. Ida Marek, who leads the rescue, told
            families gathered at the gate that the Brodno pumps would arrive overnight and that the 17 men had air.
            """),
        Article("c1", "2023-04-05", "Halden takes the Vesna chess final", """
            Grandmaster Tove Halden won the Vesna chess final on Wednesday, beating Arkady Lunn in a 61-move endgame.
            Halden, 22, is the youngest winner in the history of the Vesna tournament.
            """),
        Article("c2", "2023-04-05", "Young Halden beats Lunn", """
            Tove Halden became the youngest Vesna champion after Arkady Lunn resigned on move 61 of the deciding game.
            Lunn congratulated the 22-year-old and said her endgame technique was the best in the Vesna field.
            """),
    ];

    public static IReadOnlyList<StoredArticle> SecondWave { get; } =
    [
        Article("a-m3", "2023-04-03", "All 17 Kelvra miners rescued", """
            All 17 miners trapped in the Kelvra colliery were brought to the surface on Tuesday after the Brodno pumps
            drained the gallery. Ida Marek thanked the Ostrana volunteers who worked through the night at Kelvra.
            """),
        Article("f1", "2023-04-17", "Fire at Kelvra colliery", """
            A fire in a conveyor tunnel of the Kelvra colliery near Ostrana forced 230 miners to leave the shafts on Tuesday.
            The Ostrana fire brigade said the blaze started in a motor of the Kelvra belt and was out by the evening.
            """),
        Article("f2", "2023-04-18", "Kelvra mine closed after conveyor fire", """
            The Kelvra colliery stays closed after Tuesday's conveyor fire, the owner Ostrana Coal said. The 230 miners
            who left the shafts were unhurt, and inspectors from the mining office began checking the Kelvra tunnels for smoke damage.
            """),
    ];

    public static StoredArticle Article(string id, string published, string title, string text)
        => TestArticles.Create(text.ReplaceLineEndings(" ").Trim(), title: title, published: published, id: id, source: $"fixtures/stories/{id}.txt");
}
