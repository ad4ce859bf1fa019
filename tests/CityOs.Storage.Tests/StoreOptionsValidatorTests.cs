using CityOs.Storage;

namespace CityOs.Storage.Tests;

public sealed class StoreOptionsValidatorTests
{
    [Theory]
    [InlineData(null, "key", "Store:CosmosEndpoint")]
    [InlineData("not a url", "key", "Store:CosmosEndpoint")]
    [InlineData("http://127.0.0.1:8081/", "key", "Store:CosmosAllowInsecureEmulator")]
    [InlineData("https://city.documents.azure.com:443/", null, "Store:CosmosKey")]
    public void Cosmos_settings_that_cannot_work_are_refused_naming_the_key(string? endpoint, string? key, string named)
    {
        var result = new StoreOptionsValidator().Validate(null, new StoreOptions { Provider = "Cosmos", CosmosEndpoint = endpoint, CosmosKey = key });
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }

    [Fact]
    public void Sqlite_needs_no_cosmos_settings()
    {
        Assert.True(new StoreOptionsValidator().Validate(null, new StoreOptions()).Succeeded);
    }
}
