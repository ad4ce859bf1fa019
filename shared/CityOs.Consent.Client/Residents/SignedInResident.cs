using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace CityOs.Consent.Client.Residents;

/// <summary>
/// The resident a <c>/residents/{residentId}/...</c> request may reach, as this domain knows them: its own pseudonym,
/// and how the caller relates to them (null when acting for themselves). Set by <see cref="ResidentRouteFilter"/>;
/// handlers take it as a parameter and never see Consent's resident id as a key into domain data.
/// </summary>
public sealed record SignedInResident(string Pseudonym, string? ActingAs)
{
    internal static readonly object Key = new();

    public bool ActsForSomeoneElse => ActingAs is not null;

    /// <summary>Minimal APIs bind the parameter from what the filter stored; a route without the filter fails loudly.</summary>
    public static ValueTask<SignedInResident?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<SignedInResident?>(context.Items.TryGetValue(Key, out var value) && value is SignedInResident resident
            ? resident
            : throw new InvalidOperationException($"{parameter.Name}: the route is not under MapResidentGroup, so no resident was resolved."));
}
