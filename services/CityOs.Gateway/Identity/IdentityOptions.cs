namespace CityOs.Gateway.Identity;

/// <summary>The Gateway's sign-in settings (section <c>Identity</c>).</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Fixed issuer (e.g. the public https address behind a proxy); when empty, the request's own address.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>The OpenIddict tables (applications, authorizations, tokens); by default beside the document store's file.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>Where the signing and encryption keys are kept; by default beside the document store's file.</summary>
    public string? KeyFolder { get; set; }

    /// <summary>Allow plain http (a laptop, the all-in-one host, tests). A city deployment terminates TLS and leaves this off.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Origins that serve the companion app (/app/) and the office dashboard (/office/); their redirect addresses are registered.</summary>
    public List<string> AppOrigins { get; set; } = [];

    public List<PartnerClientOptions> Partners { get; set; } = [];

    public List<StaffAccountOptions> Staff { get; set; } = [];

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>A partner business's client (client credentials) and the scopes it was granted.</summary>
public sealed class PartnerClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public List<string> Scopes { get; set; } = [];
}

/// <summary>A staff account. Only a password hash is configured (make one with <c>CityOs.Gateway hash-password</c>).</summary>
public sealed class StaffAccountOptions
{
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
