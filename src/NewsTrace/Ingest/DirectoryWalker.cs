namespace NewsTrace.Ingest;

/// <summary>
/// Lists the files under a directory depth-first, each directory's entries in ordinal name order, so the
/// same tree always gives the same sequence on every machine. Symbolic links to directories are not followed
/// (they could form cycles); symbolic links to files are read.
/// </summary>
internal static class DirectoryWalker
{
    public static IEnumerable<WalkedPath> Walk(string directory, bool recursive, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryList(directory, out var entries, out var error))
        {
            yield return new WalkedPath(directory, error);
            yield break;
        }

        foreach (var entry in entries)
        {
            var isDirectory = (entry.Attributes & FileAttributes.Directory) != 0;
            if (InputFileFilter.IsSkippedInDirectory(entry.Name, isDirectory))
            {
                continue;
            }

            var path = Path.Join(directory, entry.Name);
            if (!isDirectory)
            {
                yield return new WalkedPath(path);
            }
            else if (recursive && entry.LinkTarget is null)
            {
                foreach (var nested in Walk(path, recursive, cancellationToken))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool TryList(string directory, out List<FileSystemInfo> entries, out string? error)
    {
        try
        {
            entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
            entries.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            error = null;
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            entries = [];
            error = "permission denied: cannot list the directory";
            return false;
        }
        catch (IOException ex)
        {
            entries = [];
            error = $"cannot list the directory: {ex.Message}";
            return false;
        }
    }
}
