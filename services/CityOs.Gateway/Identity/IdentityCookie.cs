namespace CityOs.Gateway.Identity;

/// <summary>The Gateway's own short-lived sign-in cookie: it lives only between the sign-in page and the authorization endpoint.</summary>
public static class IdentityCookie
{
    public const string Scheme = "cityos-identity";
}
