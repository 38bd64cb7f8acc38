using FsCheck.Xunit;
using NewsTrace.Extraction;
using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class ScrapedTextPropertyTests
{
    [Property(Arbitrary = [typeof(ScrapedishStrings)], MaxTest = 500)]
    public bool Cleaner_only_removes_lines_of_scrapedish_text(string text) => OnlyRemovesLines(text);

    [Property(MaxTest = 300)]
    public bool Cleaner_only_removes_lines_of_any_string(string? text) => OnlyRemovesLines(text ?? "");

    [Property(Arbitrary = [typeof(ScrapedishStrings)], MaxTest = 300)]
    public bool Comments_never_reach_the_text(string text)
    {
        var page = ScrapedTextCleaner.Clean(text);
        return page.Lines.Where(line => line.Kind == ScrapedLineKind.Comment).All(line => !line.Kept);
    }

    // Every line of the text is a line of the tidied input, in input order: the cleaner removes and trims, never writes.
    private static bool OnlyRemovesLines(string text)
    {
        var page = ScrapedTextCleaner.Clean(text);
        var input = PlainTextExtractor.Tidy(text).Split('\n').Select(line => line.Trim()).ToList();
        var position = 0;
        foreach (var line in page.Text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            position = input.IndexOf(line, position);
            if (position < 0)
            {
                return false;
            }

            position++;
        }

        return page.Comments.All(comment => comment.Split('\n').All(line => input.Any(source => source.Contains(line, StringComparison.Ordinal))));
    }
}
