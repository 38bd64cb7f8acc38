namespace NewsTrace.Web.Api.Models;

/// <summary>One page of a listing. <paramref name="Next"/> is the URL of the following page, or null on the last one.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? Total, string? Next);
