using System.Text;
using System.Text.Json;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Output;

/// <summary>Indented JSON as a string, for commands that write one document to stdout or a file.</summary>
internal static class JsonText
{
    public static string Of(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ContractJson.WriterOptions(indented: true)))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
