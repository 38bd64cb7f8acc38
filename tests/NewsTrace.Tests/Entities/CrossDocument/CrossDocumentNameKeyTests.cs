using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Tests.Entities.CrossDocument;

public sealed class CrossDocumentNameKeyTests
{
    [Theory]
    [InlineData("Sergei Lavrov", "Sergey Lavrov")]
    [InlineData("Arkady Velichko", "Arkadiy Velichko")]
    [InlineData("Arkadi Velitchko", "Arkady Velichko")]
    [InlineData("Dmitri Sorokan", "Dmitry Sorokan")]
    [InlineData("Mikhail Khodorkovsky", "Mihail Hodorkovskiy")]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Kim Jong-Un", "KIM JONG UN")]
    [InlineData("Xi Jinping", "Xi Jin-ping")]
    [InlineData("U.N. Security Council", "UN Security Council")]
    [InlineData("the Kremlin", "Kremlin")]
    [InlineData("DORVAN", "Dorvan")]
    [InlineData("Russia's", "Russia")]
    [InlineData("Russia\u2019s", "Russia")]
    public void Spellings_of_one_name_share_a_key(string left, string right)
        => Assert.Equal(CrossDocumentNameKey.Of(left), CrossDocumentNameKey.Of(right));

    [Theory]
    [InlineData("Sergey Lavrov", "Sergey Lavrin")]
    [InlineData("Ivan Petrov", "Igor Petrov")]
    [InlineData("Kim Jong Un", "Kim Yo Jong")]
    [InlineData("Mark Vasko", "Marko Vasko")]
    [InlineData("North Korea", "South Korea")]
    public void Different_names_keep_different_keys(string left, string right)
        => Assert.NotEqual(CrossDocumentNameKey.Of(left), CrossDocumentNameKey.Of(right));

    [Theory]
    [InlineData("DPRK", true)]
    [InlineData("U.N.", true)]
    [InlineData("G7", true)]
    [InlineData("Dorvan", false)]
    [InlineData("A", false)]
    [InlineData("ABCDEFGHIJ", false)]
    public void Acronyms_are_short_runs_of_capitals(string name, bool expected)
        => Assert.Equal(expected, CrossDocumentNameKey.IsAcronym(name));

    [Property]
    public Property A_hyphen_and_a_space_between_name_words_are_the_same()
        => Prop.ForAll(
            NameWord().ToArbitrary(),
            NameWord().ToArbitrary(),
            (first, second) => CrossDocumentNameKey.Of(first + "-" + second) == CrossDocumentNameKey.Of(first + " " + second));

    [Property]
    public Property Case_never_changes_the_key()
        => Prop.ForAll(
            NameWord().ToArbitrary(),
            word => CrossDocumentNameKey.Of(word.ToUpperInvariant()) == CrossDocumentNameKey.Of(word));

    private static Gen<string> NameWord()
        => Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
            .ArrayOf()
            .Where(letters => letters.Length is > 0 and < 12)
            .Select(letters => char.ToUpperInvariant(letters[0]) + new string(letters[1..]));
}
