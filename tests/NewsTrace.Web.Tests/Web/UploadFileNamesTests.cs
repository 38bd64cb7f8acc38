using FsCheck.Xunit;
using NewsTrace.Web.Ingest;

namespace NewsTrace.Web.Tests.Web;

public sealed class UploadFileNamesTests
{
    [Property]
    public bool A_safe_name_is_one_plain_path_segment(string? clientName, byte position)
    {
        var safe = UploadFileNames.Safe(clientName, position);
        return safe.Length <= 104
            && safe.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            && !safe.StartsWith('.')
            && Path.GetFileName(safe) == safe
            && safe != ".." && safe != ".";
    }

    [Theory]
    [InlineData("../../etc/passwd", 0, "000-passwd")]
    [InlineData("C:\\Windows\\win.ini", 1, "001-win.ini")]
    [InlineData("..", 2, "002-upload")]
    [InlineData("report 2024 (final).html", 3, "003-report_2024__final_.html")]
    [InlineData(null, 4, "004-upload")]
    public void Names_keep_only_their_last_segment_and_safe_characters(string? clientName, int position, string expected)
        => Assert.Equal(expected, UploadFileNames.Safe(clientName, position));
}
