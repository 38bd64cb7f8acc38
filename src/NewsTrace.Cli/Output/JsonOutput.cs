using System.Text.Json;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Output;

/// <summary>
/// Writes JSON to stdout: for JSON Lines, one object per line, flushed per line so a consumer can stream;
/// for JSON, the same objects inside one array.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly Stream _stdout;
    private readonly OutputMode _mode;
    private readonly Utf8JsonWriter? _arrayWriter;
    private static readonly byte[] Newline = "\n"u8.ToArray();

    public JsonOutput(OutputMode mode)
    {
        _mode = mode;
        _stdout = Console.OpenStandardOutput();
        if (mode == OutputMode.Json)
        {
            _arrayWriter = new Utf8JsonWriter(_stdout, ContractJson.WriterOptions(indented: true));
            _arrayWriter.WriteStartArray();
        }
    }

    /// <summary>Writes one object; <paramref name="body"/> writes its properties.</summary>
    public void WriteObject(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (_arrayWriter is not null)
        {
            _arrayWriter.WriteStartObject();
            body(_arrayWriter);
            _arrayWriter.WriteEndObject();
            return;
        }

        using (var writer = new Utf8JsonWriter(_stdout, ContractJson.WriterOptions()))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        _stdout.Write(Newline);
        _stdout.Flush();
    }

    public void Dispose()
    {
        if (_arrayWriter is not null)
        {
            _arrayWriter.WriteEndArray();
            _arrayWriter.Flush();
            _arrayWriter.Dispose();
            _stdout.Write(Newline);
        }

        _stdout.Flush();
        if (_mode != OutputMode.Table)
        {
            _stdout.Dispose();
        }
    }
}
