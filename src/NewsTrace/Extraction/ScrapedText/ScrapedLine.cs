namespace NewsTrace.Extraction.ScrapedText;

/// <summary>One line of the tidied input, its final kind, and whether it is in the article text.</summary>
public readonly record struct ScrapedLine(string Text, ScrapedLineKind Kind, bool Kept);
