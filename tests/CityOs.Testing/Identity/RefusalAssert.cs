using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace CityOs.Testing.Identity;

/// <summary>
/// A refusal as every CityOS service writes it: the status, a Bearer challenge on 401, and an RFC 9457 problem whose
/// words are the same for every path, so a refusal never tells whether a resident exists.
/// </summary>
public static class RefusalAssert
{
    public const string SignInRequired = "Sign-in required / サインインが必要です";
    public const string NotAllowed = "Not allowed / この操作は許可されていません";

    public static async Task UnauthorizedAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized, SignInRequired);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(401, problem["status"]!.GetValue<int>());
    }

    public static async Task ForbiddenAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden, NotAllowed);
        Assert.Equal(403, problem["status"]!.GetValue<int>());
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {body}";
            Assert.True(response.StatusCode == status, what);
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
            var problem = JsonNode.Parse(body)!.AsObject();
            Assert.Equal(title, problem["title"]!.GetValue<string>());
            return problem;
        }
    }
}
