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
}
