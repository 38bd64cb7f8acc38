using System.Globalization;
using System.Reflection;

namespace NewsTrace.Storage.Postgres;

/// <summary>The PostgreSQL migrations compiled into this assembly, in version order.</summary>
internal static class MigrationCatalog
{
    private const string ResourcePrefix = "Migrations.";
    private const string ResourceSuffix = ".sql";

    private static readonly Lazy<IReadOnlyList<Migration>> AllMigrations = new(() => Load(typeof(MigrationCatalog).Assembly));

    public static IReadOnlyList<Migration> All => AllMigrations.Value;

    public static int LatestVersion => All[^1].Version;

    /// <summary>Reads every <c>Migrations.NNNN_name.sql</c> resource and checks the versions are distinct and positive.</summary>
    internal static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            var separator = stem.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(stem.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration resource '{resource}' cannot be read.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, stem[(separator + 1)..], reader.ReadToEnd()));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var index = 0; index < migrations.Count; index++)
        {
            // Numbers may skip: features reserve their number when they start, so a build can have 0006 before 0004 lands.
            // SchemaMigrator applies whatever a database lacks, so a skipped number is applied when it arrives.
            if (migrations[index].Version <= 0 || (index > 0 && migrations[index].Version == migrations[index - 1].Version))
            {
                throw new InvalidOperationException(
                    $"Migrations must have distinct positive numbers; found version {migrations[index].Version} at position {index + 1}.");
            }
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException("No schema migrations are embedded in the PostgreSQL store assembly.");
        }

        return migrations;
    }
}
