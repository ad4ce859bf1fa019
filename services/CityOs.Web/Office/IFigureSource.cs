namespace CityOs.Web.Office;

/// <summary>Reads one domain's office figures: over HTTP when the Web service runs alone, in-process inside the all-in-one host.</summary>
public interface IFigureSource<T>
{
    Task<T> GetAsync(CancellationToken cancellationToken);
}
