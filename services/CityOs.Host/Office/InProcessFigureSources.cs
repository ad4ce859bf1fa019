using CityOs.Childcare.Office;
using CityOs.Consent.Office;
using CityOs.Contracts.Office;
using CityOs.Disaster.Office;
using CityOs.Mobility.Office;
using CityOs.Web.Office;

namespace CityOs.Host.Office;

/// <summary>Inside the all-in-one host the dashboard reads each domain's office figures directly: the same computation its endpoint runs, without a loopback call.</summary>
internal sealed class DisasterFigureSource(DisasterOfficeFigures figures) : IFigureSource<DisasterFigures>
{
    public Task<DisasterFigures> GetAsync(CancellationToken cancellationToken) => figures.ComputeAsync(cancellationToken);
}

internal sealed class MobilityFigureSource(MobilityOfficeFigures figures) : IFigureSource<MobilityFigures>
{
    public Task<MobilityFigures> GetAsync(CancellationToken cancellationToken) => figures.ComputeAsync(cancellationToken);
}

internal sealed class ChildcareFigureSource(ChildcareOfficeFigures figures) : IFigureSource<ChildcareFigures>
{
    public Task<ChildcareFigures> GetAsync(CancellationToken cancellationToken) => figures.ComputeAsync(cancellationToken);
}

internal sealed class ConsentFigureSource(ConsentOfficeFigures figures) : IFigureSource<ConsentFigures>
{
    public Task<ConsentFigures> GetAsync(CancellationToken cancellationToken) => figures.ComputeAsync(cancellationToken);
}
