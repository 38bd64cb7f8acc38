using System.Text.Json;

namespace NewsTrace.Cli.Tests.Entities;

/// <summary>`newstrace entities` and its decisions, end to end on the sample corpus.</summary>
public sealed class EntitiesCommandTests
{
    private static string Samples(params string[] parts) => Path.Combine([CliProcess.RepositoryRoot(), "samples", "corpus", .. parts]);

    private static List<JsonElement> Lines(CliResult result)
        => result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static JsonElement EntityWithAlias(List<JsonElement> entities, string alias)
        => entities.Single(e => e.GetProperty("aliases").EnumerateArray().Any(a => a.GetProperty("name").GetString() == alias));

    private static HashSet<string> AliasNames(JsonElement entity)
        => entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task Transliterations_of_one_person_are_listed_as_one_entity()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        Assert.Equal(0, (await CliProcess.RunAsync(temp.Path, "ingest", "-q", Samples(), "--db", db)).ExitCode);

        var people = await CliProcess.RunAsync(temp.Path, "entities", "--db", db, "--type", "PERSON", "--jsonl");
        var places = await CliProcess.RunAsync(temp.Path, "entities", "--db", db, "--type", "GPE", "--jsonl");

        Assert.True(people.ExitCode == 0, people.ToString());
        var velichko = EntityWithAlias(Lines(people), "Arkadi Velitchko");
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "Arkady Velichko", "Arkadiy Velichko", "Arkadi Velitchko", "Velichko", "Velitchko" }, AliasNames(velichko));
        Assert.True(velichko.GetProperty("articles").GetInt32() >= 8);
        Assert.All(Lines(people), e => Assert.Equal("PERSON", e.GetProperty("type").GetString()));
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "Kesmaria", "FRK", "Federal Republic of Kesmaria" }, AliasNames(EntityWithAlias(Lines(places), "FRK")));
    }

    [Fact]
    public async Task Merge_split_and_rename_survive_ingesting_more_articles_and_can_be_undone()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", Samples("pages"), "--db", db);

        var merge = await CliProcess.RunAsync(temp.Path, "entities", "merge", "Mira Kostandin", "Ana Sefer", "--db", db);
        var split = await CliProcess.RunAsync(temp.Path, "entities", "split", "Arkady Velichko", "Arkadi Velitchko", "--db", db);
        var rename = await CliProcess.RunAsync(temp.Path, "entities", "rename", "Mira Kostandin", "Kostandin and Sefer", "--db", db);
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", Samples(), "--db", db);
        var after = Lines(await CliProcess.RunAsync(temp.Path, "entities", "--db", db, "--jsonl"));

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.True(rename.ExitCode == 0, rename.ToString());
        var merged = EntityWithAlias(after, "Ana Sefer");
        Assert.Equal("Kostandin and Sefer", merged.GetProperty("name").GetString());
        Assert.Contains("Mira Kostandin", AliasNames(merged));
        Assert.DoesNotContain("Arkadi Velitchko", AliasNames(EntityWithAlias(after, "Arkadiy Velichko")));
        var decisions = Lines(await CliProcess.RunAsync(temp.Path, "entities", "decisions", "--db", db, "--jsonl"));
        Assert.Equal(["merge", "split", "rename"], decisions.Select(d => d.GetProperty("kind").GetString()!).ToArray());

        var undo = await CliProcess.RunAsync(temp.Path, "entities", "undo", decisions[1].GetProperty("sequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);
        var undone = Lines(await CliProcess.RunAsync(temp.Path, "entities", "--db", db, "--jsonl"));

        Assert.True(undo.ExitCode == 0, undo.ToString());
        Assert.Contains("Arkadi Velitchko", AliasNames(EntityWithAlias(undone, "Arkadiy Velichko")));
    }

    [Fact]
    public async Task Unknown_entities_and_aliases_are_not_found()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", Samples("feeds"), "--db", db);

        var merge = await CliProcess.RunAsync(temp.Path, "entities", "merge", "Nobody Anywhere", "Tevania", "--db", db);
        var split = await CliProcess.RunAsync(temp.Path, "entities", "split", "Tevania", "Atlantis", "--db", db);
        var type = await CliProcess.RunAsync(temp.Path, "entities", "--type", "PLANET", "--db", db);

        Assert.Equal(4, merge.ExitCode);
        Assert.Contains("Nobody Anywhere", merge.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, split.ExitCode);
        Assert.Equal(2, type.ExitCode);
        Assert.Empty(Lines(await CliProcess.RunAsync(temp.Path, "entities", "decisions", "--db", db, "--jsonl")));
    }

    [SharedDataFact("seeds")]
    public async Task Seed_pages_give_one_Lavrov_and_one_North_Korea()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", SharedDataFactAttribute.FullPath("seeds"), "--db", db);

        var entities = Lines(await CliProcess.RunAsync(temp.Path, "entities", "--db", db, "--jsonl"));

        var lavrov = EntityWithAlias(entities, "Sergei Lavrov");
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "Sergei Lavrov", "Sergey Lavrov", "Lavrov" }, AliasNames(lavrov));
        Assert.True(lavrov.GetProperty("articles").GetInt32() >= 4);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "DPRK", "North Korea" }, AliasNames(EntityWithAlias(entities, "DPRK")));
    }
}
