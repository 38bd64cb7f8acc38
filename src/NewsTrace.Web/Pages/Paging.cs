namespace NewsTrace.Web.Pages;

/// <summary>limit/offset paging with bounds, shared by pages and the API so neither can be asked for a million rows.</summary>
public readonly record struct Paging(int Offset, int Limit)
{
    public const int MaxLimit = 500;

    public static Paging From(int? offset, int? limit, int defaultLimit)
        => new(Math.Max(0, offset ?? 0), Math.Clamp(limit ?? defaultLimit, 1, MaxLimit));
}
