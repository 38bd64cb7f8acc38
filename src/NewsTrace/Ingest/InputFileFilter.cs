using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Ingest;

/// <summary>
/// Which directory entries a directory walk leaves out. The rule: names starting with '.' (hidden files and
/// folders such as .git), editor backups ending in '~', and files whose extension marks them as something
/// other than an article: images, audio and video, fonts, style sheets and scripts, databases, office
/// documents, executables and archives other than gzip. A file named explicitly on the command line is always read.
/// </summary>
internal static class InputFileFilter
{
    private static readonly WordSet NonInputExtensions = new[]
    {
        // Images
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".ico", ".svg", ".tif", ".tiff", ".heic",
        // Audio and video
        ".mp3", ".mp4", ".m4a", ".m4v", ".webm", ".ogg", ".oga", ".ogv", ".wav", ".flac", ".mov", ".avi", ".mkv",
        // Fonts
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        // Page assets saved next to pages
        ".css", ".js", ".mjs", ".map",
        // Databases and their journals
        ".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm", ".db-journal", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal",
        // Documents and binaries
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".epub",
        ".exe", ".dll", ".so", ".dylib", ".o", ".a", ".class", ".jar", ".pyc", ".wasm", ".bin",
        // Archives NewsTrace does not open
        ".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".zst", ".lz4",
        // Temporary and lock files
        ".tmp", ".temp", ".swp", ".swo", ".lock", ".part", ".crdownload", ".partial",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a directory walk should not read the entry <paramref name="name"/>.</summary>
    public static bool IsSkippedInDirectory(string name, bool isDirectory)
    {
        if (name.StartsWith('.') || name.EndsWith('~'))
        {
            return true;
        }

        return !isDirectory && NonInputExtensions.Contains(Path.GetExtension(name));
    }
}
