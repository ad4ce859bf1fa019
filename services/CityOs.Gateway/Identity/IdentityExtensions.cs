using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

public static class IdentityExtensions
{
    /// <summary>The Gateway's OpenIddict server: partner client credentials and staff/resident authorization code + PKCE.</summary>
    public static IHostApplicationBuilder AddCityIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.Section).ValidateOnStart();
        var options = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        var dataFolder = Path.GetDirectoryName(Path.GetFullPath(builder.Configuration["Store:SqlitePath"] ?? "data/run/cityos.db"))!;
        var database = options.SqlitePath ?? Path.Combine(dataFolder, "identity.db");
        var keys = options.KeyFolder ?? Path.Combine(dataFolder, "identity-keys");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);

        builder.Services.AddDbContext<IdentityDbContext>(db => db.UseSqlite($"Data Source={database}").UseOpenIddict());
        builder.Services.AddSingleton<StaffDirectory>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ClientRegistrar>();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthentication().AddCookie(IdentityCookie.Scheme, cookie =>
        {
            cookie.Cookie.Name = "cityos.identity";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.HttpOnly = true;
            cookie.LoginPath = SignInPage.Path;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(20);
            cookie.SlidingExpiration = false;
        });

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, .. ClientRegistrar.PartnerScopes]);
                server.AddSigningKey(IdentityKeys.LoadOrCreate(keys, "signing"));
                server.AddEncryptionKey(IdentityKeys.LoadOrCreate(keys, "encryption"));
                // Signed, not encrypted: services in other processes validate with the published keys alone.
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                }

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (options.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapCityIdentity(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").ExcludeFromDescription();
        connect.MapMethods("/authorize", ["GET", "POST"], AuthorizeEndpoint.HandleAsync);
        connect.MapPost("/token", TokenEndpoint.HandleAsync);
        connect.MapMethods("/logout", ["GET", "POST"], (Delegate)AuthorizeEndpoint.SignOutAsync);
        SignInPage.Map(app);
        WhoAmIEndpoint.Map(app);
        return app;
    }
}
