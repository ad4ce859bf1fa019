using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace CityOs.Gateway.Identity;

/// <summary>
/// The Gateway's sign-in page (server-rendered, no script): staff sign in with name and password. A failed attempt
/// always gets the same words, so the page never tells whether an account exists.
/// </summary>
internal static class SignInPage
{
    public const string Path = "/identity/sign-in";

    public static void Map(IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).ExcludeFromDescription();
        page.MapGet("", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Render(context, antiforgery, SafeReturn(returnUrl), error: null));
        page.MapPost("/staff", StaffAsync).DisableAntiforgery();
    }

    private static async Task<IResult> StaffAsync(HttpContext context, IAntiforgery antiforgery, StaffDirectory staff)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturn(form["returnUrl"]);
        var account = staff.Verify(form["userName"].ToString(), form["password"].ToString());
        if (account is null)
        {
            return Render(context, antiforgery, returnUrl, "名前またはパスワードが違います。 / The name or password is not right.");
        }

        await context.SignInAsync(IdentityCookie.Scheme, SignedInUsers.CookiePrincipal(SignedInUsers.StaffPrefix + account.UserName, account.DisplayName));
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Only back into the authorization endpoint: never an open redirect.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/connect/authorize", StringComparison.Ordinal) ? url : "/";

    public static IResult Render(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var hidden = $"""
            <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
            """;
        var alert = error is null ? "" : $"""<p class="error" role="alert" id="sign-in-error">{html.Encode(error)}</p>""";
        var body = $$"""
            <!doctype html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>サインイン / Sign in — CityOS</title>
            <style>
            body{font-family:system-ui,"Noto Sans JP",sans-serif;font-size:1.125rem;line-height:1.6;margin:0;background:#f6f7f9;color:#1a1a1a}
            main{max-width:28rem;margin:0 auto;padding:1rem}
            h1{font-size:1.5rem}
            section{background:#fff;border:1px solid #c4c8cf;border-radius:8px;padding:1rem;margin:1rem 0}
            label{display:block;font-weight:600;margin-top:.75rem}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;font-size:1.125rem;min-height:44px;padding:.5rem;border:2px solid #5a6270;border-radius:6px}
            button{margin-top:1rem;min-height:44px;min-width:44px;padding:.5rem 1.25rem;font-size:1.125rem;background:#0b5394;color:#fff;border:0;border-radius:6px}
            :focus-visible{outline:3px solid #c45a00;outline-offset:2px}
            .error{color:#a4000f;font-weight:600}
            .en{color:#4a4f57;font-size:.95rem}
            </style>
            </head>
            <body>
            <main>
            <h1>サインイン <span class="en">Sign in</span></h1>
            {{alert}}
            <section aria-labelledby="staff-heading">
            <h2 id="staff-heading">市職員 <span class="en">City staff</span></h2>
            <form method="post" action="{{Path}}/staff">
            {{hidden}}
            <label for="userName">職員ID <span class="en">Staff ID</span></label>
            <input id="userName" name="userName" type="text" autocomplete="username" required>
            <label for="password">パスワード <span class="en">Password</span></label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">サインイン / Sign in</button>
            </form>
            </section>
            </main>
            </body>
            </html>
            """;
        return Results.Content(body, "text/html; charset=utf-8", statusCode: error is null ? 200 : 400);
    }
}
