namespace NewsTrace.Extraction.Html;

/// <summary>
/// The <see cref="ElementRole"/> of every element of a document, computed in one pass that reads each element's
/// attributes once and allocates nothing per element.
/// </summary>
public sealed class ElementRoles
{
    private readonly ElementRole[] _roles;

    private ElementRoles(ElementRole[] roles) => _roles = roles;

    public ElementRole this[int index] => _roles[index];

    public bool Has(int index, ElementRole role) => (_roles[index] & role) != 0;

    public static ElementRoles Classify(HtmlDocument document)
    {
        var roles = new ElementRole[document.Count];
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i].Kind == HtmlNodeKind.Element)
            {
                roles[i] = Classify(document.RawAttributes(i));
            }
        }

        return new ElementRoles(roles);
    }

    /// <summary>The roles of one element from its raw attribute text.</summary>
    public static ElementRole Classify(ReadOnlySpan<char> rawAttributes)
    {
        ReadOnlySpan<char> classes = default;
        ReadOnlySpan<char> id = default;
        var role = ElementRole.None;
        foreach (var attribute in new HtmlAttributeEnumerator(rawAttributes))
        {
            if (attribute.NameIs("class"))
            {
                classes = attribute.RawValue;
            }
            else if (attribute.NameIs("id"))
            {
                id = attribute.RawValue;
            }
            else if (attribute.NameIs("hidden") || (attribute.NameIs("style") && HidesElement(attribute.RawValue)))
            {
                role |= ElementRole.Hidden;
            }
            else if (attribute.NameIs("itemprop") && attribute.RawValue.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                role |= ElementRole.ArticleBody;
            }
        }

        return classes.IsEmpty && id.IsEmpty ? role : role | BoilerplateNames.Classify(classes, id);
    }

    // "display: none" or "visibility:hidden", with any spacing around the colon.
    private static bool HidesElement(ReadOnlySpan<char> style)
        => HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");

    private static bool HasDeclaration(ReadOnlySpan<char> style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = style[(at + property.Length)..].TrimStart();
        return rest.StartsWith(":", StringComparison.Ordinal) && rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }
}
