using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace CityOs.ServiceDefaults.Security;

public static class CityAuthenticationExtensions
{
    /// <summary>The setting that names the Gateway (token issuer) when it runs in another process.</summary>
    public const string AuthoritySetting = "Auth:Authority";

    /// <summary>
    /// Bearer-token validation with OpenIddict and the platform's policies. In a process that also runs the
    /// Gateway's OpenIddict server (the all-in-one host, the Gateway alone) tokens are checked against the local
    /// server's keys; elsewhere the issuer named by <c>Auth:Authority</c> is discovered and its published keys used.
    /// Call it after the Gateway's services when both share a process. Safe to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddCityAuthentication(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(CityAuthenticationMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<CityAuthenticationMarker>();
        var localServer = builder.Services.Any(d => d.ServiceType == typeof(IOpenIddictServerDispatcher));
        var authority = builder.Configuration[AuthoritySetting];
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            if (localServer)
            {
                validation.UseLocalServer();
            }
            else
            {
                if (string.IsNullOrWhiteSpace(authority))
                {
                    throw new InvalidOperationException($"{AuthoritySetting} must name the Gateway (token issuer), e.g. http://127.0.0.1:5086/.");
                }

                validation.SetIssuer(new Uri(authority, UriKind.Absolute));
                validation.UseSystemNetHttp();
            }

            validation.UseAspNetCore();
        });

        builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        });
        builder.Services.AddAuthorization(CityPolicySet.AddTo);
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return builder;
    }

    private sealed class CityAuthenticationMarker;
}
