using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CityOs.Gateway.PartnerApi;

/// <summary>
/// Declares how partners authenticate (OAuth 2.0 client credentials at the gateway's token endpoint) and marks
/// each operation that needs a token, with the scope its policy asks for.
/// </summary>
public static class OpenApiSecurity
{
    public const string SchemeName = "oauth2";
    private const string ScopePolicyPrefix = "city-scope:";

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "CityOS Partner API / 都市OS パートナー API";
        document.Info.Description = "Open data needs no token (NGSI-LD under /ngsi-ld/v1, sandbox under /sandbox/ngsi-ld/v1). "
            + "Subscriptions, webhooks and dead letters need a client-credentials token. See docs/partner-api.md.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Partner clients: client credentials. 事業者はクライアント認証でトークンを取得します。",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>
                    {
                        [CityScopes.NgsiSubscriptions] = "NGSI-LD subscriptions / NGSI-LD サブスクリプション",
                        [CityScopes.Webhooks] = "Webhooks and dead letters / Webhook と配信失敗",
                        [CityScopes.MobilityRides] = "Demand-taxi rides / デマンドタクシー",
                        [CityScopes.DisasterRead] = "Disaster data / 防災データ",
                        [CityScopes.ChildcareRead] = "Childcare data / 子育てデータ",
                        [CityScopes.ConsentLinks] = "Consent-checked links / 同意に基づく連携",
                    },
                },
            },
        };
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from /connect/token.",
        };
        return Task.CompletedTask;
    }

    public static Task MarkAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }

        var scopes = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith(ScopePolicyPrefix, StringComparison.Ordinal))
            .Select(p => p[ScopePolicyPrefix.Length..])
            .ToList();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No or invalid token / トークンがありません" });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Missing scope, or another partner's data / 権限がありません" });
        return Task.CompletedTask;
    }
}
