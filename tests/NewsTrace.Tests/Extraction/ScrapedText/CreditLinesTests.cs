using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class CreditLinesTests
{
    [Theory]
    [InlineData("SOURCE: AP", "AP")]
    [InlineData("SOURCE:AP", "AP")]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("Source: The Associated Press", "AP")]
    [InlineData("Sources: AFP, Reuters", "AFP|Reuters")]
    [InlineData("(Reuters)", "Reuters")]
    [InlineData("— Xinhua", "Xinhua")]
    [InlineData("Additional reporting by Yonhap News Agency", "Yonhap")]
    [InlineData("(With reporting from TASS)", "TASS")]
    [InlineData("SOURCE: Meridian News Agency", "Meridian")]
    public void Stand_alone_credit_lines(string line, string expected)
    {
        Assert.True(CreditLines.TryReadStandalone(line, closesArticle: false, out var credits));
        Assert.Equal(expected.Split('|'), credits);
    }

    [Theory]
    [InlineData("according to RIA Novosti")]
    [InlineData("The report cited RIA Novosti.")]
    [InlineData("Photo: AP")]
    [InlineData("Source: Kesmarian customs figures")]
    [InlineData("— Meridian")]
    [InlineData("- Talks resume on Monday")]
    [InlineData("Reporting by Jana Holt; editing by Tim Rudd")]
    public void Not_credit_lines_where_nothing_vouches_for_them(string line)
        => Assert.False(CreditLines.TryReadStandalone(line, closesArticle: false, out _));

    [Fact]
    public void A_bare_dash_name_is_a_credit_where_the_article_ends()
    {
        Assert.True(CreditLines.TryReadStandalone("— Meridian", closesArticle: true, out var credits));
        Assert.Equal<string>(["Meridian"], credits);
        Assert.False(CreditLines.TryReadStandalone("- Talks resume on Monday", closesArticle: true, out _));
    }

    [Theory]
    [InlineData("DORVAN, Oct. 17 (Meridian) — Ministers met on Thursday.", "Meridian")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Friday.", "Reuters")]
    [InlineData("(AP) — A storm hit the coast.", "AP")]
    [InlineData("NEW YORK, March 3 (Associated Press) -- Markets rose.", "AP")]
    [InlineData("SÃO PAULO (AFP) - Rain fell.", "AFP")]
    public void Dateline_agencies(string line, string expected) => Assert.Equal(expected, CreditLines.ReadDateline(line));

    [Theory]
    [InlineData("NEW YORK — Tevania will not block the bridge.")]
    [InlineData("The Federal Republic of Kesmaria (FRK) — a small state — agreed.")]
    [InlineData("Officials said (privately) - that the deal was done.")]
    public void Not_datelines(string line) => Assert.Null(CreditLines.ReadDateline(line));
}
