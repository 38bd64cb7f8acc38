namespace NewsTrace.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IArticleStore"/> must have. A store implementation gets the whole suite by
/// deriving from this class and saying how to create a fresh, empty, initialised store. The tests only use
/// the interface, and only data any store can hold exactly (times to the microsecond, valid JSON, valid UTF-16).
/// </summary>
public abstract partial class ArticleStoreContractTests : IAsyncLifetime
{
    private readonly List<IArticleStore> _stores = [];

    // One store shared by the runs of a property test, which would otherwise create a store per generated case.
    private IArticleStore? _searchStore;

    /// <summary>A new, empty store on which <see cref="IArticleStore.InitializeAsync"/> has run.</summary>
    protected abstract Task<IArticleStore> CreateEmptyStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>A fresh store, disposed after the test.</summary>
    protected async Task<IArticleStore> NewStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        _stores.Add(store);
        return store;
    }

    protected async Task<IArticleStore> StoreWithAsync(params StoredArticle[] articles)
    {
        var store = await NewStoreAsync();
        await store.WriteBatchAsync(articles, []);
        return store;
    }

    protected static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
