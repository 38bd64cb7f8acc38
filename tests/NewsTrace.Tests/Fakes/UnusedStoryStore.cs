using System.Reflection;
using NewsTrace.Storage;

namespace NewsTrace.Tests.Fakes;

/// <summary>A story store that only has an identity: any call fails the test (for code that must not touch the store).</summary>
public class UnusedStoryStore : DispatchProxy
{
    public static IStoryStore Create() => Create<IStoryStore, UnusedStoryStore>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        => throw new InvalidOperationException($"The store was called ({targetMethod?.Name}) where it should not be.");
}
