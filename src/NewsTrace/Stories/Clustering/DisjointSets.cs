namespace NewsTrace.Stories.Clustering;

/// <summary>Union–find over 0..n-1 whose representative is always the smallest member, so labels do not depend on union order.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = Enumerable.Range(0, count).ToArray();
    }

    public int Smallest(int item)
    {
        var root = item;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[item] != root)
        {
            (item, _parent[item]) = (_parent[item], root);
        }

        return root;
    }

    public void Union(int a, int b)
    {
        var rootA = Smallest(a);
        var rootB = Smallest(b);
        if (rootA < rootB)
        {
            _parent[rootB] = rootA;
        }
        else if (rootB < rootA)
        {
            _parent[rootA] = rootB;
        }
    }
}
