using System.Text;

namespace NewsTrace.Benchmarks;

/// <summary>The one text every text benchmark runs over: about 1 MB of generated news, built once per process.</summary>
internal static class BenchmarkText
{
    public const int MinimumChars = 1_000_000;

    public static string Text { get; } = NewsTextGenerator.Generate(MinimumChars);

    public static int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);
}
