namespace NewsTrace.Web.Tests.Web;

/// <summary>One test server over a store holding the sample corpus, shared by a test class.</summary>
public sealed class SampleCorpusFixture : IAsyncLifetime
{
    public WebAppFactory Factory { get; } = new();

    public async Task InitializeAsync() => await TestStores.IngestAsync(Factory.Store, TestStores.SampleCorpus());

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
