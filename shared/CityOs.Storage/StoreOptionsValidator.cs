using Microsoft.Extensions.Options;

namespace CityOs.Storage;

/// <summary>Checks the settings the chosen provider needs, naming each missing key.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        if (options.Provider != "Cosmos")
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.CosmosEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            failures.Add("Store:CosmosEndpoint must be the account's http(s) URL when Store:Provider is 'Cosmos'.");
        }

        else if (endpoint.Scheme == "http" && !options.CosmosAllowInsecureEmulator)
        {
            // Plain http exposes every document on the wire: only for the local emulator.
            failures.Add("Store:CosmosEndpoint uses http://, which is only allowed with Store:CosmosAllowInsecureEmulator=true.");
        }

        if (string.IsNullOrWhiteSpace(options.CosmosKey))
        {
            failures.Add("Store:CosmosKey is required when Store:Provider is 'Cosmos'.");
        }

        if (string.IsNullOrWhiteSpace(options.CosmosDatabase))
        {
            failures.Add("Store:CosmosDatabase must not be empty when Store:Provider is 'Cosmos'.");
        }

        if (options.CosmosRequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Store:CosmosRequestTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
