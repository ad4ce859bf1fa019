using CityOs.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CityOs.Gateway.Identity;

/// <summary>
/// Creates the identity tables and makes the registered clients match configuration at start: the first-party
/// public clients (PKCE, redirect only to the configured origins) and every partner (client credentials, its scopes).
/// </summary>
internal sealed class ClientRegistrar(IServiceProvider services, IOptions<IdentityOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, (path, name)) in CityClients.Public)
        {
            await UpsertAsync(manager, PublicClient(clientId, path, name), cancellationToken);
        }

        foreach (var partner in options.Value.Partners)
        {
            await UpsertAsync(manager, PartnerClient(partner), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private OpenIddictApplicationDescriptor PublicClient(string clientId, string path, string name)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = name,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var origin in options.Value.AppOrigins)
        {
            var uri = new Uri(new Uri(origin, UriKind.Absolute), path);
            descriptor.RedirectUris.Add(uri);
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        return descriptor;
    }

    private static OpenIddictApplicationDescriptor PartnerClient(PartnerClientOptions partner)
    {
        if (string.IsNullOrWhiteSpace(partner.ClientId) || partner.ClientSecret.Length < 16)
        {
            throw new InvalidOperationException($"Partner client '{partner.ClientId}' needs an id and a secret of at least 16 characters.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = partner.ClientId,
            ClientSecret = partner.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = string.IsNullOrWhiteSpace(partner.DisplayName) ? partner.ClientId : partner.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in partner.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }

    private static async Task UpsertAsync(IOpenIddictApplicationManager manager, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await manager.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await manager.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    internal static readonly string[] PartnerScopes =
    [
        CityScopes.NgsiSubscriptions, CityScopes.Webhooks, CityScopes.MobilityRides,
        CityScopes.DisasterRead, CityScopes.ChildcareRead, CityScopes.ConsentLinks,
    ];
}
