namespace NewsTrace.Extraction.Html;

/// <summary>One attribute of a start tag, as slices of the page; nothing is allocated until <see cref="GetValue"/>.</summary>
public readonly ref struct HtmlAttribute
{
    public HtmlAttribute(ReadOnlySpan<char> name, ReadOnlySpan<char> rawValue)
    {
        Name = name;
        RawValue = rawValue;
    }

    /// <summary>The name as written (compare it case-insensitively).</summary>
    public ReadOnlySpan<char> Name { get; }

    /// <summary>The value without quotes and with character references still encoded; empty when the attribute has no value.</summary>
    public ReadOnlySpan<char> RawValue { get; }

    public bool NameIs(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value with character references decoded.</summary>
    public string GetValue() => HtmlText.Decode(RawValue);
}
