using System.Net.Security;
using Microsoft.Azure.Cosmos;

namespace CityOs.Storage;

internal static class CosmosClientFactory
{
    /// <summary>
    /// Gateway mode pinned to the configured endpoint: Direct mode and region discovery do not work
    /// against the emulator, and the gateway is what passes through a city's firewall anyway.
    /// </summary>
    public static CosmosClient Create(StoreOptions options)
    {
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            Serializer = new CosmosStjSerializer(),
            RequestTimeout = options.CosmosRequestTimeout,
            // Polly retries on top (CosmosResilience); keep the SDK's own throttling wait short.
            MaxRetryAttemptsOnRateLimitedRequests = 3,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(5),
        };

        if (!string.IsNullOrWhiteSpace(options.CosmosAcceptCertificateThumbprint) || options.CosmosAllowInsecureEmulator)
        {
            clientOptions.HttpClientFactory = () => new HttpClient(new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = AcceptCertificate(options) },
            });
        }

        return new CosmosClient(options.CosmosEndpoint, options.CosmosKey, clientOptions);
    }

    /// <summary>A valid chain always passes; otherwise only the pinned test certificate, or anything for a throwaway emulator.</summary>
    private static RemoteCertificateValidationCallback AcceptCertificate(StoreOptions options) =>
        (_, certificate, _, errors) =>
            errors == SslPolicyErrors.None
            || options.CosmosAllowInsecureEmulator
            || (certificate is not null && IsPinned(certificate, options.CosmosAcceptCertificateThumbprint));

    /// <summary>SHA-1 is what certificate tools call the thumbprint; SHA-256 is accepted too.</summary>
    private static bool IsPinned(System.Security.Cryptography.X509Certificates.X509Certificate certificate, string? pinned)
    {
        var expected = pinned?.Replace(":", "", StringComparison.Ordinal);
        return !string.IsNullOrEmpty(expected)
            && (string.Equals(certificate.GetCertHashString(), expected, StringComparison.OrdinalIgnoreCase)
                || string.Equals(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), expected, StringComparison.OrdinalIgnoreCase));
    }
}
