using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace CityOs.Consent.Client.Residents;

/// <summary>
/// The resident a <c>/residents/{residentId}/...</c> request may reach, as this domain knows them: its own pseudonym,
/// and how the caller relates to them (null when acting for themselves). Resolved through Consent for routes under
/// <see cref="ResidentRoutes.MapResidentGroup"/>; handlers take it as a parameter and never see Consent's resident id
/// as a key into domain data.
/// </summary>
public sealed record SignedInResident(string Pseudonym, string? ActingAs)
{
    /// <summary>Stands in while a refused request reaches <see cref="ResidentRouteFilter"/>, which answers 403/503 before any handler runs.</summary>
    private static readonly SignedInResident NotResolved = new("", null);

    public bool ActsForSomeoneElse => ActingAs is not null;

    /// <summary>
    /// Minimal APIs bind parameters before endpoint filters run, so binding asks Consent (once per request; the
    /// filter reuses the answer). A route without the group's metadata fails loudly.
    /// </summary>
    public static async ValueTask<SignedInResident?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var domain = context.GetEndpoint()?.Metadata.GetMetadata<ResidentDomain>()
            ?? throw new InvalidOperationException($"{parameter.Name}: the route is not under MapResidentGroup, so no resident can be resolved.");
        var resolution = await ResidentRouteFilter.ResolveOnceAsync(context, domain.Name);
        return resolution.Resident ?? NotResolved;
    }
}
