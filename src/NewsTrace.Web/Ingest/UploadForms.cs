using Microsoft.AspNetCore.Http;
using NewsTrace.Ingest;

namespace NewsTrace.Web.Ingest;

/// <summary>Reads the files and the format of an upload form (the page's and the API's are the same shape).</summary>
public static class UploadForms
{
    public static async Task<IReadOnlyList<UploadedInput>> ReadFilesAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var uploads = new List<UploadedInput>(form.Files.Count);
        foreach (var file in form.Files)
        {
            if (file.Length == 0)
            {
                continue;
            }

            using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
            await file.CopyToAsync(buffer, cancellationToken);
            uploads.Add(new UploadedInput(file.FileName, buffer.ToArray()));
        }

        return uploads;
    }

    /// <summary>Empty means auto; otherwise one of the ingest command's format names.</summary>
    public static bool TryParseFormat(string? value, out InputFormat format)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            format = InputFormat.Auto;
            return true;
        }

        return Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(value, out _);
    }
}
