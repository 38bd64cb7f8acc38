namespace NewsTrace.Web.Ingest;

/// <summary>One uploaded file: the name the client gave (only a hint, never a path) and its bytes.</summary>
public sealed record UploadedInput(string FileName, ReadOnlyMemory<byte> Content);
