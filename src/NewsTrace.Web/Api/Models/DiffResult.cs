namespace NewsTrace.Web.Api.Models;

/// <summary>A word diff of two articles; each segment's offsets index the left and the right article's text.</summary>
public sealed record DiffResult(string Left, string Right, IReadOnlyList<DiffItem> Segments);
