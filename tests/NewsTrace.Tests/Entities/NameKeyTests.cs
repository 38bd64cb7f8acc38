using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Sergei Lavrov", "Sergey Lavrov")]
    [InlineData("Arkadiy Velichko", "Arkady Velichko")]
    [InlineData("Arkadi Velitchko", "Arkady Velichko")]
    [InlineData("Dmitri Sorokan", "Dmitry Sorokan")]
    [InlineData("Mikhail Kasyanov", "Mihail Kasjanov")]
    [InlineData("Yuliya Tsoy", "Julia Tsoi")]
    [InlineData("José Ramos", "Jose Ramos")]
    public void Transliteration_variants_have_the_same_key(string left, string right)
        => Assert.Equal(NameKey.Of(left), NameKey.Of(right));

    [Theory]
    [InlineData("Sergey Lavrov", "Sergey Lavrin")]
    [InlineData("Anna Petrova", "Anna Petrov")]
    [InlineData("Ivan Markov", "Ivan Marków Junior")]
    [InlineData("Tom Hart", "Tim Hart")]
    public void Different_names_keep_different_keys(string left, string right)
        => Assert.NotEqual(NameKey.Of(left), NameKey.Of(right));

    [Fact]
    public void Words_are_keyed_one_by_one_and_joined_by_single_spaces()
        => Assert.Equal(NameKey.Of("Sergey Lavrov"), NameKey.Of("  Sergey\u00A0\tLavrov\n"));

    [Fact]
    public void A_name_longer_than_the_stack_buffer_is_keyed_whole()
    {
        var name = string.Join(' ', Enumerable.Repeat("Velitchko", 40));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("velichko", 40)), NameKey.Of(name));
    }

    [Fact]
    public void A_script_that_decomposes_into_more_letters_is_keyed_whole()
    {
        // Each Hangul syllable decomposes into two or three letters (jamo), so the key is longer than the name.
        var key = NameKey.Of("김정은");

        Assert.Equal("김정은".Normalize(System.Text.NormalizationForm.FormD).Length, key.Length);
    }
}
