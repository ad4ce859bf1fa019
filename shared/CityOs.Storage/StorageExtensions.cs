using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CityOs.Storage;

public static class StorageExtensions
{
    /// <summary>Registers the document store chosen by <c>Store:Provider</c>; invalid settings stop start-up naming the key.</summary>
    public static IHostApplicationBuilder AddDocumentStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());

        builder.Services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            return options.Provider switch
            {
                "Sqlite" => new SqliteDocumentStore(Path.Combine(environment.ContentRootPath, options.SqlitePath)),
                "Cosmos" => new CosmosDocumentStore(options),
                _ => throw new OptionsValidationException(StoreOptions.Section, typeof(StoreOptions), [$"Store:Provider '{options.Provider}' is not available in this build."]),
            };
        });
        return builder;
    }
}
