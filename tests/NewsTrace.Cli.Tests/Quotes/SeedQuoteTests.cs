using System.Text.Json;

namespace NewsTrace.Cli.Tests.Quotes;

/// <summary>
/// Who said what in the seed pages (real pages, read from ../shared/seeds and never copied here): every direct quote
/// with its speaker, the quote both rewrites changed with the minister as its speaker, and the transcript's two voices.
/// </summary>
public sealed class SeedQuoteTests
{
    private static string Seeds => SharedDataFactAttribute.FullPath("seeds");

    [SharedDataFact("seeds")]
    public async Task Every_direct_quote_has_its_speaker_and_the_transcript_its_two_voices()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "analyze", Seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var quotes = result.StdoutLines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(article => article.GetProperty("quotes").EnumerateArray().Select(q => (
                Page: Path.GetFileName(article.GetProperty("source").GetString()!)[..3],
                Kind: q.GetProperty("kind").GetString(),
                Text: q.GetProperty("text").GetString()!,
                Speaker: q.GetProperty("speaker").GetString())))
            .ToList();

        // Direct quotes: the minister in the two rewrites and the UN press conference, the Kremlin spokesman on the summit.
        var expected = new Dictionary<string, string> { ["001"] = "Lavrov", ["002"] = "Lavrov", ["003"] = "Lavrov", ["004"] = "Peskov" };
        var direct = quotes.Where(q => q.Kind == "direct" && expected.ContainsKey(q.Page)).ToList();
        Assert.NotEmpty(direct);
        Assert.All(direct, q => Assert.True(q.Speaker?.Contains(expected[q.Page], StringComparison.Ordinal) == true, $"{q.Page}: '{q.Text}' by {q.Speaker ?? "nobody"}"));

        // The words both rewrites quote differently ("full"/"complete support and solidarity") are the minister's.
        // Two in each rewrite: the cut phrase and the whole sentence (in one page a paragraph printed after "He claimed ...:" without marks).
        var solidarity = quotes.Where(q => q.Page is "001" or "003" && q.Text.Contains("support and solidarity", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, solidarity.Count);
        Assert.All(solidarity, q => Assert.Equal("Sergei Lavrov", q.Speaker));

        var voices = quotes.Where(q => q.Page == "000" && q.Kind == "transcript").Select(q => q.Speaker).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["Sergey Lavrov"], voices);
    }

    [SharedDataFact("seeds")]
    public async Task The_interviews_the_reports_and_the_sources_have_their_speakers()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "analyze", Seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pages = result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(article => Path.GetFileName(article.GetProperty("source").GetString()!)[..3], StringComparer.Ordinal);
        var quotes = pages.ToDictionary(page => page.Key, page => Quotes(page.Value), StringComparer.Ordinal);

        // The blog's press conference: the opening statement under the "presser:" line is the minister's, and so is the
        // last answer up to the blogger's own closing paragraph, which no quote reaches.
        // The reporters' questions are no one's quotes, but they still end the answer before them.
        var blog = quotes["000"];
        var blogText = pages["000"].GetProperty("text").GetString()!;
        var firstQuestionAt = blogText.IndexOf("Question:", StringComparison.Ordinal);
        var firstQuestion = blog.FindIndex(q => q.Start > firstQuestionAt);
        Assert.True(firstQuestion >= 5, $"opening statement paragraphs: {firstQuestion}");
        Assert.All(blog.Take(firstQuestion), q => Assert.Equal(("transcript", "Sergey Lavrov"), (q.Kind, q.Speaker)));
        Assert.DoesNotContain(blog, q => q.Text.StartsWith("Did you discuss", StringComparison.Ordinal));
        var closing = blogText.TrimEnd().LastIndexOf('\n');
        Assert.All(blog, q => Assert.True(q.End <= closing, $"'{q.Text}' reaches the blogger's closing paragraph"));
        Assert.DoesNotContain(blog, q => q.Speaker == "Vladimir Putin");

        // Reader comments are not the article: every quote is a span of the article text.
        Assert.NotEqual(0, pages["000"].GetProperty("comments").GetArrayLength());
        Assert.All(blog, q => Assert.Equal(q.Text, blogText[q.Start..q.End]));

        // The content farm's interview in dash-led paragraphs: the researcher introduced before it answers; the unnamed
        // interviewer's questions are not listed.
        var interview = quotes["004"].Where(q => q.Kind == "transcript").ToList();
        Assert.True(interview.Count >= 10, $"interview answers: {interview.Count}");
        Assert.Equal(["Alexander Zhebin"], interview.Select(q => q.Speaker!).Distinct());
        Assert.DoesNotContain(interview, q => q.Text.EndsWith('?'));
        Assert.Equal("Dmitry Peskov", quotes["004"].First(q => q.Kind == "according_to").Speaker);

        // "It added" after the think tank's finding is the think tank (under its full name, which the page gives beside
        // "CSIS"); an unnamed spokesman of another ministry is not the Kremlin spokesman named before; the minister's words
        // inside agency reports are his.
        Assert.Equal("Center for Strategic and International Studies", quotes["001"].Single(q => q.Written == "It").Speaker);
        Assert.All(quotes["003"].Where(q => q.Written?.StartsWith("a ", StringComparison.Ordinal) == true), q => Assert.Null(q.Entity));
        Assert.All(quotes.Values.SelectMany(page => page), q => Assert.False(q.Written?.StartsWith("a ", StringComparison.OrdinalIgnoreCase) == true && q.Speaker?.Contains("Peskov", StringComparison.Ordinal) == true));
        Assert.True(quotes["001"].Count(q => q.Kind == "reported" && q.Speaker == "Sergei Lavrov") >= 2);
        Assert.True(quotes["003"].Count(q => q.Kind == "reported" && q.Speaker == "Sergei Lavrov") >= 2);

        // Every quote in the news pages has a speaker, the headline's too (a dash and the country after it).
        Assert.All(quotes.Where(page => page.Key != "000").SelectMany(page => page.Value), q => Assert.True(q.Speaker is not null, $"'{q.Text}' has no speaker"));
        Assert.Equal("Russia", quotes["002"][0].Speaker);
    }

    private static List<SeedQuote> Quotes(JsonElement article)
    {
        var text = article.GetProperty("text").GetString()!;
        return article.GetProperty("quotes").EnumerateArray().Select(q =>
        {
            var start = q.GetProperty("start").GetInt32();
            var end = q.GetProperty("end").GetInt32();
            var written = q.GetProperty("speaker_start").ValueKind == JsonValueKind.Number
                ? text[q.GetProperty("speaker_start").GetInt32()..q.GetProperty("speaker_end").GetInt32()]
                : null;
            return new SeedQuote(start, end, q.GetProperty("kind").GetString()!, q.GetProperty("text").GetString()!, q.GetProperty("speaker").GetString(), written, q.GetProperty("speaker_entity").GetString());
        }).ToList();
    }
}
