using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace CityOs.Consent.Client.Residents;

/// <summary>
/// The resident a <c>/residents/{residentId}/...</c> request may reach, as this domain knows them: its own pseudonym,
/// and how the caller relates to them (null when acting for themselves). Handlers take it as a parameter and never
/// see Consent's resident id as a key into domain data.
/// </summary>
/// <remarks>
/// Minimal APIs bind parameters before endpoint filters run, so binding yields a placeholder that
/// <see cref="ResidentRouteFilter"/> replaces once Consent has answered. A route without the filter keeps the
/// placeholder, whose pseudonym throws rather than let a handler run for nobody.
/// </remarks>
public sealed class SignedInResident
{
    private readonly string? _pseudonym;

    internal SignedInResident(string? pseudonym, string? actingAs)
    {
        _pseudonym = pseudonym;
        ActingAs = actingAs;
    }

    internal static SignedInResident Unresolved { get; } = new(null, null);

    public string Pseudonym => _pseudonym ?? throw new InvalidOperationException("The route is not under MapResidentGroup, so no resident was resolved.");

    /// <summary><c>Family</c>, <c>CareManager</c> or <c>Counter</c> when acting for someone else, as recorded in Consent.</summary>
    public string? ActingAs { get; }

    public bool ActsForSomeoneElse => ActingAs is not null;

    /// <summary>Who acted, as domains record it: <c>self</c>, <c>proxy</c> (family or care manager) or <c>staff</c> (a counter clerk).</summary>
    public string Actor => ActorOf(ActingAs);

    /// <summary>The same, from a relationship a domain stored with its record.</summary>
    public static string ActorOf(string? actingAs) => actingAs switch { null => "self", "Counter" => "staff", _ => "proxy" };

    public static ValueTask<SignedInResident?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<SignedInResident?>(Unresolved);
}
