namespace NewsTrace.Stories.Features;

/// <summary>A sparse vector: term ids in ascending order and their weights. Dot products walk both arrays once.</summary>
public sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    private readonly int[] _ids;
    private readonly float[] _weights;

    /// <param name="ids">Strictly ascending term ids.</param>
    /// <param name="weights">One weight per id.</param>
    public SparseVector(int[] ids, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(weights);
        if (ids.Length != weights.Length)
        {
            throw new ArgumentException("One weight per id.", nameof(weights));
        }

        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                throw new ArgumentException("Ids must be strictly ascending.", nameof(ids));
            }
        }

        _ids = ids;
        _weights = weights;
    }

    public int Count => _ids.Length;

    public ReadOnlySpan<int> Ids => _ids;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Builds a vector from unordered (id, weight) pairs with distinct ids.</summary>
    public static SparseVector FromPairs(IEnumerable<KeyValuePair<int, float>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);

        // Arrays and one keyed sort rather than a LINQ chain: the catch-up builds a vector per article it reads, per update.
        var given = pairs as KeyValuePair<int, float>[] ?? [.. pairs];
        var ids = new int[given.Length];
        var weights = new float[given.Length];
        var count = 0;
        foreach (var (id, weight) in given)
        {
            if (weight != 0f)
            {
                ids[count] = id;
                weights[count++] = weight;
            }
        }

        if (count < given.Length)
        {
            Array.Resize(ref ids, count);
            Array.Resize(ref weights, count);
        }

        // Distinct ids (the constructor checks), so an unstable sort gives the one order there is.
        Array.Sort(ids, weights);
        return new SparseVector(ids, weights);
    }

    public double Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0, j = 0;
        while (i < _ids.Length && j < other._ids.Length)
        {
            var a = _ids[i];
            var b = other._ids[j];
            if (a == b)
            {
                sum += (double)_weights[i++] * other._weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Writes this vector's weights into <paramref name="dense"/> (indexed by id), for many dot products against it.</summary>
    public void ScatterInto(float[] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        for (var i = 0; i < _ids.Length; i++)
        {
            dense[_ids[i]] = _weights[i];
        }
    }

    /// <summary>Sets this vector's positions in <paramref name="dense"/> back to zero.</summary>
    public void ClearFrom(float[] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        foreach (var id in _ids)
        {
            dense[id] = 0f;
        }
    }

    /// <summary>
    /// The dot product with a vector scattered into <paramref name="dense"/> (<see cref="ScatterInto"/>): bit for bit what
    /// <see cref="Dot"/> gives (the same products, summed in ascending id order), without walking the other vector.
    /// </summary>
    public double DotDense(float[] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        double sum = 0;
        for (var i = 0; i < _ids.Length; i++)
        {
            var other = dense[_ids[i]];
            if (other != 0f)
            {
                sum += (double)other * _weights[i];
            }
        }

        return sum;
    }

    public double Norm()
    {
        double sum = 0;
        foreach (var w in _weights)
        {
            sum += (double)w * w;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>This vector scaled to unit length (the zero vector stays zero), so a dot product is a cosine.</summary>
    public SparseVector Normalized()
    {
        var norm = Norm();
        if (norm == 0)
        {
            return this;
        }

        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(_weights[i] / norm);
        }

        return new SparseVector(_ids, weights);
    }
}
