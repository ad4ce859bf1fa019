using System.Net.Http.Json;

namespace CityOs.Web.Office;

/// <summary>A typed HttpClient for one domain's <c>/office/figures</c>; the base address comes from <see cref="OfficeOptions"/>.</summary>
public sealed class HttpFigureSource<T>(HttpClient http, FigurePaths paths) : IFigureSource<T>
{
    public async Task<T> GetAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<T>(paths.Of<T>(), cancellationToken)
        ?? throw new InvalidOperationException($"{http.BaseAddress}{paths.Of<T>()} answered an empty body.");
}
