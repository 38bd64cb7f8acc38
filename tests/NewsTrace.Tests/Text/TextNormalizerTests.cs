using System.Text;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Composes_to_nfc()
    {
        Assert.Equal("Zürich café", TextNormalizer.ToNfc("Zu\u0308rich cafe\u0301"));
    }

    [Fact]
    public void Returns_the_same_instance_when_already_normalised()
    {
        const string text = "Already NFC: Zürich, Москва, 東京.\n";
        Assert.Same(text, TextNormalizer.ToNfc(text));
        Assert.Same(text, TextNormalizer.NormalizeLineEndings(text));
        Assert.Same(text, TextNormalizer.RemoveInvisibleJunk(text));
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_instead_of_throwing()
    {
        Assert.Equal("a\uFFFDe\u0301".Normalize(NormalizationForm.FormC), TextNormalizer.ToNfc("a\uD800e\u0301"));
        Assert.Equal("\uFFFD😀", TextNormalizer.ToNfc("\uDC00😀"));
    }

    [Theory]
    [InlineData("a\uFFFEb")]
    [InlineData("a\uFFFFb")]
    [InlineData("a\uD800\uFFFEe\u0301")]
    [InlineData("\uFDD0 noncharacter")]
    public void Noncharacters_do_not_make_normalisation_throw(string text)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(normalized, TextNormalizer.Normalize(normalized));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("\r\n\r\n", "\n\n")]
    public void Line_endings_become_line_feeds(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLineEndings(input));
    }

    [Fact]
    public void Invisible_junk_is_removed_but_joiners_are_kept()
    {
        Assert.Equal("Putin met Kim👍🏽\u200D", TextNormalizer.RemoveInvisibleJunk("\uFEFFPu\u00ADtin met\u200B Kim\u2060👍🏽\u200D"));
    }

    [Fact]
    public void Normalize_applies_every_step()
    {
        Assert.Equal("Zürich\nnext", TextNormalizer.Normalize("\uFEFFZu\u0308rich\r\nnext"));
    }
}
