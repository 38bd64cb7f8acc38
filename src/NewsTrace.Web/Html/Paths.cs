namespace NewsTrace.Web.Html;

/// <summary>The site's own URLs, with every data-derived segment escaped, so an id can never add a path or a query.</summary>
public static class Paths
{
    public static string Story(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string Article(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string Diff(string leftId, string rightId) => "/diff/" + Uri.EscapeDataString(leftId) + "/" + Uri.EscapeDataString(rightId);

    public static string Entity(string name) => "/entities/" + Uri.EscapeDataString(name);

    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);
}
