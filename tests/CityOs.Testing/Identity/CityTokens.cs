using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace CityOs.Testing.Identity;

/// <summary>
/// Gets real tokens from a running Gateway (or the all-in-one host) the way clients do: client credentials for
/// partners, and authorization code + PKCE through the sign-in page for people. <paramref name="http"/> may be a
/// TestServer or a Kestrel client; cookies and redirects are handled here, so it must not follow redirects itself.
/// </summary>
public static partial class CityTokens
{
    public const string OfficeClient = "cityos-office";
    public const string ResidentClient = "cityos-app";

    public static async Task<string> ClientCredentialsAsync(HttpClient http, (string ClientId, string Secret) client, params string[] scopes)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.Secret,
            ["scope"] = string.Join(' ', scopes),
        }));
        return await ReadTokenAsync(response);
    }

    public static Task<string> StaffAsync(HttpClient http, (string UserName, string Password) account, string clientId = OfficeClient) =>
        SignInAsync(http, clientId, "/identity/sign-in/staff", new Dictionary<string, string> { ["userName"] = account.UserName, ["password"] = account.Password });

    /// <summary>A resident's first sign-in: the one-time code from the counter, and the PIN they choose.</summary>
    public static Task<string> EnrolResidentAsync(HttpClient http, string loginId, string code, string pin) =>
        SignInAsync(http, ResidentClient, "/identity/sign-in/enrol", new Dictionary<string, string> { ["enrolLoginId"] = loginId, ["code"] = code, ["newPin"] = pin, ["newPinAgain"] = pin });

    public static Task<string> ResidentAsync(HttpClient http, string loginId, string pin) =>
        SignInAsync(http, ResidentClient, "/identity/sign-in/resident", new Dictionary<string, string> { ["loginId"] = loginId, ["pin"] = pin });

    /// <summary>Runs the browser's part of authorization code + PKCE, posting <paramref name="fields"/> to the sign-in form at <paramref name="formPath"/>.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string clientId, string formPath, IDictionary<string, string> fields)
    {
        var jar = new CookieContainer();
        var origin = http.BaseAddress ?? throw new InvalidOperationException("The client needs a BaseAddress.");
        var redirect = new Uri(origin, clientId == ResidentClient ? "/app/" : "/office/").ToString();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirect,
            ["scope"] = "openid profile roles",
            ["state"] = "test-state",
            ["code_challenge"] = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });

        var toSignIn = await SendAsync(http, jar, new HttpRequestMessage(HttpMethod.Get, authorize), HttpStatusCode.Redirect);
        var page = await SendAsync(http, jar, new HttpRequestMessage(HttpMethod.Get, toSignIn.Headers.Location), HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>(fields)
        {
            ["returnUrl"] = WebUtility.HtmlDecode(Hidden(html, "returnUrl")),
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Hidden(html, "__RequestVerificationToken")),
        };
        var signedIn = await SendAsync(http, jar, new HttpRequestMessage(HttpMethod.Post, formPath) { Content = new FormUrlEncodedContent(form) }, HttpStatusCode.Redirect);
        var toApp = await SendAsync(http, jar, new HttpRequestMessage(HttpMethod.Get, signedIn.Headers.Location), HttpStatusCode.Redirect);
        var query = QueryHelpers.ParseQuery(toApp.Headers.Location!.Query);
        var code = query.TryGetValue("code", out var c) ? c.ToString() : throw new InvalidOperationException($"No code in {toApp.Headers.Location}.");

        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirect,
            ["code_verifier"] = verifier,
        }));
        return await ReadTokenAsync(token);
    }

    public static HttpClient WithToken(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, CookieContainer jar, HttpRequestMessage request, HttpStatusCode expected)
    {
        var uri = new Uri(http.BaseAddress!, request.RequestUri!);
        request.RequestUri = uri;
        var cookies = jar.GetCookieHeader(uri);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                jar.SetCookies(uri, cookie);
            }
        }

        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{request.Method} {uri} answered {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }

        if (response.Headers.Location is { IsAbsoluteUri: false } relative)
        {
            response.Headers.Location = new Uri(uri, relative);
        }

        return response;
    }

    private static string Hidden(string html, string name) =>
        HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)?.Groups["value"].Value
        ?? throw new InvalidOperationException($"The sign-in page has no hidden field {name}.");

    private static async Task<string> ReadTokenAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("Empty token response.");
        return body.AccessToken;
    }

    private static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenInput();

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
