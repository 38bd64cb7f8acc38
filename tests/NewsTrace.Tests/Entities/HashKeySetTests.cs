using FsCheck.Xunit;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Tests.Entities;

public sealed class HashKeySetTests
{
    /// <summary>The set answers as a HashSet does, zero and colliding keys included, through growth and clearing.</summary>
    [Property]
    public bool Answers_as_a_hash_set(ulong[] added, ulong[] asked)
    {
        var set = new HashKeySet();
        var reference = new HashSet<ulong>();
        for (var round = 0; round < 2; round++)
        {
            // Keys that share their low bits, and 0, which marks an empty slot.
            foreach (var key in added.Concat(added.Select(key => key << 20)).Append(0UL))
            {
                set.Add(key);
                reference.Add(key);
            }

            if (set.Count != reference.Count || !added.Concat(asked).All(key => set.Contains(key) == reference.Contains(key)))
            {
                return false;
            }

            set.Clear();
            reference.Clear();
            if (set.Count != 0 || added.Any(set.Contains))
            {
                return false;
            }
        }

        return true;
    }
}
