namespace NewsTrace.Tests.Entities;

/// <summary>
/// A fact that needs the GUM entity data in ../shared beside the repository (development data, never shipped). Where it is
/// absent, as in a user's clone, the test is reported as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GumDataFactAttribute : FactAttribute
{
    public GumDataFactAttribute()
    {
        if (!File.Exists(DocumentsPath))
        {
            Skip = "needs ../shared/data/gum-entities/documents.jsonl beside the repository (development data, not part of a clone)";
        }
    }

    public static string DocumentsPath { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "data", "gum-entities", "documents.jsonl");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
