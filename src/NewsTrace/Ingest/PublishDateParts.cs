namespace NewsTrace.Ingest;

/// <summary>The pieces of a parsed date, before they become a <see cref="Documents.PublishDate"/>.</summary>
internal readonly record struct PublishDateParts(DateOnly Date, TimeOnly? Time, TimeSpan? Offset, bool HasSeconds);
