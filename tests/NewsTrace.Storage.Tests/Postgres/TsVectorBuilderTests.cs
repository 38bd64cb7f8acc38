using NewsTrace.Storage.Postgres;

namespace NewsTrace.Storage.Tests.Postgres;

public sealed class TsVectorBuilderTests
{
    [Fact]
    public void Title_words_weigh_A_text_words_D_and_a_gap_separates_them()
        => Assert.Equal(
            "'council':1A 'approves':2A 'budget':3A,7D 'the':5D 'new':6D",
            TsVectorBuilder.Build("Council approves budget", "The new budget."));

    [Fact]
    public void Words_are_lower_cased_runs_of_letters_digits_and_marks()
        => Assert.Equal(
            "'пресс':2D 'служба':3D 'o':4D 'brien':5D 'dvořák':6D '3':7D '5':8D",
            TsVectorBuilder.Build(null, "Пресс-служба: o'BRIEN, Dvořák 3.5 🎉"));

    [Fact]
    public void An_article_without_words_has_the_empty_vector()
        => Assert.Equal("", TsVectorBuilder.Build(null, " — 🎉 ... "));

    [Fact]
    public void A_word_repeated_very_often_keeps_at_most_256_positions()
    {
        var vector = TsVectorBuilder.Build(null, string.Join(' ', Enumerable.Repeat("again", 1000)));

        Assert.Equal(256, vector.Split(',').Length);
    }

    [Fact]
    public void Positions_beyond_what_PostgreSQL_keeps_are_not_written()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var vector = TsVectorBuilder.Build(null, text);

        Assert.Contains("'w16380':16382D", vector, StringComparison.Ordinal);
        Assert.Contains("'w16381':16383D", vector, StringComparison.Ordinal);
        Assert.Contains("'w19999':16383D", vector, StringComparison.Ordinal);
    }
}
