using System.Globalization;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Writes a model as the C# source of <c>EntityModelResource</c>: the model file's bytes in Base64 inside a UTF-8 string
/// literal, which the compiler stores as constant data in the assembly (no resource plumbing in the project file, no
/// copy of the model on the heap until it is decoded once).
/// </summary>
public static class EntityModelResourceWriter
{
    public static void Write(EntityTagger tagger, TextWriter writer, string trainedWith)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trainedWith);
        using var model = new MemoryStream();
        tagger.Save(model);
        writer.WriteLine("namespace NewsTrace.Entities.Tagging;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The shipped entity model (generated; do not edit). Rebuild it with:");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/// <c>{trainedWith}</c>"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/// {model.Length:N0} bytes, {tagger.FeatureCount:N0} features. Trained on GUM (annotations CC BY 4.0; see Entities/Data/NOTICE.md)."));
        writer.WriteLine("/// </summary>");
        writer.WriteLine("internal static class EntityModelResource");
        writer.WriteLine("{");
        writer.Write("    public static ReadOnlySpan<byte> Base64 => \"");
        writer.Write(Convert.ToBase64String(model.GetBuffer(), 0, (int)model.Length));
        writer.WriteLine("\"u8;");
        writer.WriteLine("}");
    }
}
