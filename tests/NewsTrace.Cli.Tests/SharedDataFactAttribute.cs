namespace NewsTrace.Cli.Tests;

/// <summary>
/// A fact that needs ../shared beside the repository (development data, never shipped). Where it is absent, as in a
/// user's clone, the test is reported as skipped with the reason, instead of failing or passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (!Directory.Exists(FullPath(relativePath)) && !File.Exists(FullPath(relativePath)))
        {
            Skip = $"needs ../shared/{relativePath} beside the repository (development data, not part of a clone)";
        }
    }

    public string RelativePath { get; }

    public static string FullPath(string relativePath) => Path.GetFullPath(Path.Combine(CliProcess.RepositoryRoot(), "..", "shared", relativePath));
}
