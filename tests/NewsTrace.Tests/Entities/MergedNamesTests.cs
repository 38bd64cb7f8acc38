using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Tests.Entities;

/// <summary>
/// <see cref="MergedNames.At"/> answers from a table it keeps until the list changes; each kind of edit a pass makes must be
/// seen, or a pass would read a name that is gone or miss one just added.
/// </summary>
public sealed class MergedNamesTests
{
    private static NameCandidate Name(int first, int last, string type = EntityTypes.Person) => new(first, last, type, null, NameEvidence.Strong);

    [Fact]
    public void A_token_outside_every_name_has_none()
    {
        List<NameCandidate> merged = [Name(2, 3)];

        Assert.Null(MergedNames.At(merged, 1));
        Assert.Null(MergedNames.At(merged, 4));
        Assert.Null(MergedNames.At(merged, -1));
        Assert.Null(MergedNames.At(merged, 5_000));
        Assert.Equal(Name(2, 3), MergedNames.At(merged, 3));
    }

    [Fact]
    public void Of_overlapping_names_the_first_in_the_list_is_given()
    {
        List<NameCandidate> merged = [Name(4, 6, EntityTypes.Organization), Name(2, 5)];

        Assert.Equal(EntityTypes.Organization, MergedNames.At(merged, 5)?.Type);
        Assert.Equal(EntityTypes.Person, MergedNames.At(merged, 3)?.Type);
    }

    [Fact]
    public void Every_kind_of_edit_is_seen_at_the_next_question()
    {
        List<NameCandidate> merged = [Name(0, 1)];
        Assert.NotNull(MergedNames.At(merged, 0));

        merged.Add(Name(5, 5));
        Assert.NotNull(MergedNames.At(merged, 5));

        merged[0] = Name(0, 0, EntityTypes.Location);
        Assert.Equal(EntityTypes.Location, MergedNames.At(merged, 0)?.Type);
        Assert.Null(MergedNames.At(merged, 1));

        merged.RemoveAll(name => name.FirstToken == 5);
        Assert.Null(MergedNames.At(merged, 5));

        merged.Insert(0, Name(0, 2, EntityTypes.Organization));
        Assert.Equal(EntityTypes.Organization, MergedNames.At(merged, 0)?.Type);

        merged.Sort((a, b) => b.LastToken.CompareTo(a.LastToken) * -1);
        Assert.Equal(EntityTypes.Location, MergedNames.At(merged, 0)?.Type);

        merged.RemoveAt(0);
        Assert.Equal(EntityTypes.Organization, MergedNames.At(merged, 0)?.Type);

        merged.Clear();
        Assert.Null(MergedNames.At(merged, 0));
    }

    [Fact]
    public void Two_lists_asked_in_turn_each_get_their_own_names()
    {
        List<NameCandidate> first = [Name(0, 0)];
        List<NameCandidate> second = [Name(1, 1)];

        Assert.NotNull(MergedNames.At(first, 0));
        Assert.Null(MergedNames.At(second, 0));
        Assert.NotNull(MergedNames.At(second, 1));
        Assert.Null(MergedNames.At(first, 1));
    }

    [Fact]
    public void A_short_list_after_a_long_one_reads_nothing_left_from_the_long_one()
    {
        List<NameCandidate> longer = [Name(0, 1), Name(3_000, 3_004)];
        Assert.NotNull(MergedNames.At(longer, 3_002));

        List<NameCandidate> shorter = [Name(0, 0)];
        Assert.Null(MergedNames.At(shorter, 3_002));
        Assert.Null(MergedNames.At(shorter, 1));
        Assert.NotNull(MergedNames.At(shorter, 0));
    }
}
