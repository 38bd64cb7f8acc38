using System.Globalization;
using System.Text;

namespace NewsTrace.Web.Ingest;

/// <summary>
/// Turns a client-supplied file name into a safe single path segment: only letters, digits, '.', '-' and '_',
/// no leading dot, bounded length, prefixed by its position so two uploads never collide. Directory parts,
/// "..", drive letters and control characters cannot survive, so an upload cannot write outside its folder.
/// The extension is kept because format detection reads it.
/// </summary>
public static class UploadFileNames
{
    private const int MaxLength = 100;

    public static string Safe(string? clientName, int position)
    {
        var name = clientName ?? "";
        var lastSeparator = name.LastIndexOfAny(['/', '\\', ':']);
        name = name[(lastSeparator + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var trimmed = safe.ToString().TrimStart('.');
        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[^MaxLength..].TrimStart('.');
        }

        if (trimmed.Length == 0)
        {
            trimmed = "upload";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{position:D3}-{trimmed}");
    }
}
