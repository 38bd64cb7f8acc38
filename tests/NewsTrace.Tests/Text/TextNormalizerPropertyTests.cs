using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TextNormalizerPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Normalize_is_idempotent_and_leaves_nfc_text_without_carriage_returns_or_junk()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
        {
            var normalized = TextNormalizer.Normalize(text);
            return normalized == TextNormalizer.Normalize(normalized)
                && normalized.IsNormalized(NormalizationForm.FormC)
                && !normalized.Contains('\r', StringComparison.Ordinal)
                && !normalized.Any(TextNormalizer.IsInvisibleJunk);
        });
}
