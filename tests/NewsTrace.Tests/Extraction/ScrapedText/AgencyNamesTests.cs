using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class AgencyNamesTests
{
    [Theory]
    [InlineData("AP", "AP")]
    [InlineData("Associated Press", "AP")]
    [InlineData("the Associated Press", "AP")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("ITAR-TASS", "TASS")]
    [InlineData("RIA Novosti", "RIA Novosti")]
    [InlineData("Xinhua News Agency", "Xinhua")]
    [InlineData("Yonhap", "Yonhap")]
    [InlineData("Meridian News Agency", "Meridian")]
    [InlineData("Harbour Wire", "Harbour Wire")]
    [InlineData("Osk Courier", "Osk Courier")]
    public void Names_are_normalised_modestly(string name, string expected) => Assert.Equal(expected, AgencyNames.Normalize(name));
}
