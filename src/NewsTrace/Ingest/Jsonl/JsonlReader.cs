using System.Globalization;

namespace NewsTrace.Ingest.Jsonl;

/// <summary>
/// Streams a JSON Lines file one line at a time, so a file of any size is read in bounded memory.
/// Each line becomes a <see cref="RawInput"/> or an <see cref="InputError"/> with source "path#line".
/// </summary>
internal static class JsonlReader
{
    public static IEnumerable<IngestItem> Read(Stream stream, string source, JsonlRecordParser parser, long maxLineBytes, CancellationToken cancellationToken)
    {
        var reader = new BufferedByteReader(stream);
        var lineNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = reader.ReadLine(maxLineBytes);
            if (result == LineReadResult.EndOfStream)
            {
                yield break;
            }

            lineNumber++;
            var recordSource = string.Create(CultureInfo.InvariantCulture, $"{source}#{lineNumber}");
            if (result == LineReadResult.TooLong)
            {
                yield return new InputError(
                    recordSource,
                    string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is longer than the limit of {InputLimits.Describe(maxLineBytes)} and was skipped; {InputLimits.HowToRaise}"));
                continue;
            }

            var line = reader.CurrentLine;
            if (lineNumber == 1 && line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }

            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return parser.Parse(line, recordSource);
        }
    }
}
