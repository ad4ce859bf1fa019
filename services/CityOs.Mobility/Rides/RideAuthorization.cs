namespace CityOs.Mobility.Rides;

/// <summary>
/// Partners (clinics, care homes) book for their clients; like staff endpoints, partner endpoints answer 401
/// until the platform's sign-in exists (see <see cref="Transit.StaffAuthorization"/>).
/// </summary>
public static class RideAuthorization
{
    public const string PartnerPolicy = "mobility-partner";
    public const string PartnerRole = "partner";

    public static IHostApplicationBuilder AddPartnerAuthorization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(PartnerPolicy, p => p.RequireRole(PartnerRole));
        return builder;
    }
}
