namespace NewsTrace.Tests.Text;

/// <summary>
/// Reads the example files in Text/Specs straight from the source tree (found by walking up to the folder that holds
/// NewsTrace.slnx), so a new example needs no project change and no rebuild.
/// </summary>
internal static class SpecFiles
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
            {
                return Path.Combine(directory.FullName, "tests", "NewsTrace.Tests", "Text", "Specs", fileName);
            }
        }

        throw new InvalidOperationException($"No NewsTrace.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>Tokenizer cases: "> input" then "&lt; expected", with the line number of the input.</summary>
    public static TheoryData<int, string, string> TokenizerCases()
    {
        var lines = File.ReadAllLines(PathOf("tokenizer.spec"));
        var cases = new TheoryData<int, string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("> ", StringComparison.Ordinal))
            {
                continue;
            }

            if (i + 1 >= lines.Length || !lines[i + 1].StartsWith("< ", StringComparison.Ordinal))
            {
                throw new FormatException($"tokenizer.spec line {i + 1}: an input line must be followed by a '< ' line.");
            }

            cases.Add(i + 1, lines[i][2..], lines[i + 1][2..]);
            i++;
        }

        return cases;
    }

    /// <summary>Sentence cases: the input block and the expected sentences joined by "\n" ("⏎" marks a line break inside one).</summary>
    public static TheoryData<int, string, string> SentenceCases()
    {
        var lines = File.ReadAllLines(PathOf("sentences.spec"));
        var cases = new TheoryData<int, string, string>();
        var input = new List<string>();
        var expected = new List<string>();
        var inExpected = false;
        var startLine = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "---";
            if (line == "---")
            {
                if (input.Count > 0 || expected.Count > 0)
                {
                    if (!inExpected)
                    {
                        throw new FormatException($"sentences.spec line {startLine}: a case needs a '==>' line.");
                    }

                    cases.Add(startLine, string.Join('\n', input), string.Join('\n', expected));
                }

                input.Clear();
                expected.Clear();
                inExpected = false;
                continue;
            }

            if (line == "==>")
            {
                inExpected = true;
            }
            else if (inExpected)
            {
                expected.Add(line);
            }
            else if (input.Count == 0 && line.StartsWith('#'))
            {
                // A comment before the case's text.
            }
            else
            {
                if (input.Count == 0)
                {
                    startLine = i + 1;
                }

                input.Add(line);
            }
        }

        return cases;
    }
}
