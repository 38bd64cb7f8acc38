namespace NewsTrace.Cli;

/// <summary>Counts the files a set of paths names, for the progress bar's ETA. A guess: a container file counts once.</summary>
internal static class InputCounter
{
    public static int? CountFiles(IReadOnlyList<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                return null;
            }

            if (Directory.Exists(path))
            {
                try
                {
                    count += Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden }).Count();
                }
                catch (IOException)
                {
                    return null;
                }
            }
            else
            {
                count++;
            }
        }

        return count;
    }
}
