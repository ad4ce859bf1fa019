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
        page.MapPost("/resident", ResidentAsync).DisableAntiforgery();
        page.MapPost("/enrol", EnrolAsync).DisableAntiforgery();
    }

    private const string ResidentRefused = "番号またはPINが違います。 / The number or PIN is not right.";

    private static async Task<IResult> ResidentAsync(HttpContext context, IAntiforgery antiforgery, ResidentCredentials residents)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturn(form["returnUrl"]);
        var subject = await residents.VerifyAsync(form["loginId"].ToString(), form["pin"].ToString(), context.RequestAborted);
        return subject is null ? Render(context, antiforgery, returnUrl, ResidentRefused) : await SignInResidentAsync(context, subject, returnUrl);
    }

    private static async Task<IResult> EnrolAsync(HttpContext context, IAntiforgery antiforgery, ResidentCredentials residents)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturn(form["returnUrl"]);
        var pin = form["newPin"].ToString();
        if (!ResidentCredentials.IsValidPin(pin) || pin != form["newPinAgain"].ToString())
        {
            return Render(context, antiforgery, returnUrl, "PINは6〜8桁の数字で、2回同じものを入力してください。 / Choose a PIN of 6 to 8 digits and type it twice.");
        }

        var subject = await residents.EnrolAsync(form["enrolLoginId"].ToString(), form["code"].ToString(), pin, context.RequestAborted);
        return subject is null
            ? Render(context, antiforgery, returnUrl, "番号または確認コードが違うか、期限切れ・使用済みです。 / The number or code is wrong, expired or already used.")
            : await SignInResidentAsync(context, subject, returnUrl);
    }

    private static async Task<IResult> SignInResidentAsync(HttpContext context, string subject, string returnUrl)
    {
        await context.SignInAsync(IdentityCookie.Scheme, SignedInUsers.CookiePrincipal(subject, "住民 / Resident", CityOs.ServiceDefaults.Security.CityRoles.Resident));
        return Results.LocalRedirect(returnUrl);
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
            <section aria-labelledby="resident-heading">
            <h2 id="resident-heading">住民の方 <span class="en">Residents</span></h2>
            <form method="post" action="{{Path}}/resident">
            {{hidden}}
            <label for="loginId">利用者番号 <span class="en">Sign-in number</span></label>
            <input id="loginId" name="loginId" type="text" autocomplete="username" required>
            <label for="pin">暗証番号（PIN） <span class="en">PIN</span></label>
            <input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="current-password" required>
            <button type="submit">住民としてサインイン / Sign in as resident</button>
            </form>
            </section>
            <section aria-labelledby="enrol-heading">
            <h2 id="enrol-heading">はじめての方 <span class="en">First time</span></h2>
            <p>窓口や郵便で届いた利用者番号と確認コードを入力し、暗証番号を決めてください。 <span class="en">Type the sign-in number and one-time code the city gave you, then choose a PIN.</span></p>
            <form method="post" action="{{Path}}/enrol">
            {{hidden}}
            <label for="enrolLoginId">利用者番号 <span class="en">Sign-in number</span></label>
            <input id="enrolLoginId" name="enrolLoginId" type="text" required>
            <label for="code">確認コード <span class="en">One-time code</span></label>
            <input id="code" name="code" type="text" autocomplete="one-time-code" required>
            <label for="newPin">新しい暗証番号（6〜8桁の数字） <span class="en">New PIN (6–8 digits)</span></label>
            <input id="newPin" name="newPin" type="password" inputmode="numeric" autocomplete="new-password" required>
            <label for="newPinAgain">もう一度 <span class="en">Once more</span></label>
            <input id="newPinAgain" name="newPinAgain" type="password" inputmode="numeric" autocomplete="new-password" required>
            <button type="submit">登録してサインイン / Enrol and sign in</button>
            </form>
            </section>
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
