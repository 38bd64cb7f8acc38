using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>What a byline line says: the authors, and the date and agency it may carry ("By Jane Doe, AP · 3 May 2024").</summary>
public sealed record Byline(ImmutableArray<string> Authors, PublishDate? Date, ImmutableArray<string> Credits);
