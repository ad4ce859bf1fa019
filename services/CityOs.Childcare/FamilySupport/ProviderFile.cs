using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.FamilySupport;

/// <summary>Reads a file of family-support providers (the demo city's synthetic helpers); a broken file stops start-up naming it.</summary>
public static class ProviderFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<Provider> Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<Contents>(stream, Json);
            var providers = file?.Providers ?? [];
            if (providers.Any(p => string.IsNullOrWhiteSpace(p.Id) || string.IsNullOrWhiteSpace(p.Pseudonym)))
            {
                throw new JsonException("every provider needs an id and a pseudonym");
            }

            return providers;
        }
        catch (JsonException ex)
        {
            throw new OptionsValidationException(ChildcareOptions.Section, typeof(ChildcareOptions), [$"Childcare:DemoProvidersFile '{path}' is not a valid provider file: {ex.Message}"]);
        }
    }

    private sealed record Contents(IReadOnlyList<Provider> Providers);
}
