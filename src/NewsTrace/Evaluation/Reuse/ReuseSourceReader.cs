namespace NewsTrace.Evaluation.Reuse;

/// <summary>Reads source articles laid out as DIR/&lt;story&gt;/&lt;name&gt;.txt, in ordinal order so the generated set never depends on the file system.</summary>
public static class ReuseSourceReader
{
    public static IReadOnlyList<ReuseSource> Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no such directory: {directory}");
        }

        var sources = new List<ReuseSource>();
        foreach (var storyDirectory in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var story = Path.GetFileName(storyDirectory);
            foreach (var file in Directory.GetFiles(storyDirectory, "*.txt").Order(StringComparer.Ordinal))
            {
                sources.Add(new ReuseSource(story, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file).Trim()));
            }
        }

        return sources;
    }
}
