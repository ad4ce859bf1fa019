using Microsoft.AspNetCore.StaticFiles;
using CityOs.Web.Office;
using MassTransit;

namespace CityOs.Web;

/// <summary>
/// Serves the resident app and the office dashboard from embedded files, so the same pages come up
/// inside the all-in-one host and from the Web service alone, with no CDN (the city network may have no internet).
/// </summary>
public static class WebExtensions
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder) => builder.AddOffice();

    public static void AddWebConsumers(this IBusRegistrationConfigurator bus)
    {
    }

    public static IEndpointRouteBuilder MapWebApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/app/")).ExcludeFromDescription();
        // "/app/" itself is the app (and the sign-in redirect target, which arrives with ?code=...).
        app.MapGet("/app/{*file}", (string? file) => Asset(string.IsNullOrEmpty(file) ? "index.html" : file)).ExcludeFromDescription();
        // Routing ignores a trailing slash, so "/office" and "/office/" both land here; the sign-in redirect is registered with the slash.
        app.MapGet("/office/{*file}", (string? file, HttpRequest request) => string.IsNullOrEmpty(file) && !request.Path.Value!.EndsWith('/')
                ? Results.Redirect("/office/" + request.QueryString)
                : Asset("office/" + (string.IsNullOrEmpty(file) ? "index.html" : file)))
            .ExcludeFromDescription();
        app.MapOffice();
        app.MapGet("/partners/{*file}", (string? file) => Asset("partners/" + (string.IsNullOrEmpty(file) ? "index.html" : file))).ExcludeFromDescription();
        return app;
    }

    private static IResult Asset(string file)
    {
        var stream = typeof(WebExtensions).Assembly.GetManifestResourceStream("web/" + file);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        return TypedResults.Stream(stream, contentType + (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal) ? "; charset=utf-8" : ""));
    }
}
