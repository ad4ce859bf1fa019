using CityOs.Contracts.Office;

namespace CityOs.Web.Office;

public sealed class FigurePaths
{
    private readonly Dictionary<Type, string> _paths = new()
    {
        [typeof(DisasterFigures)] = "/api/disaster/v1/office/figures",
        [typeof(MobilityFigures)] = "/api/mobility/v1/office/figures",
        [typeof(ChildcareFigures)] = "/api/childcare/v1/office/figures",
        [typeof(ConsentFigures)] = "/api/consent/v1/office/figures",
    };

    public string Of<T>() => _paths[typeof(T)];
}
