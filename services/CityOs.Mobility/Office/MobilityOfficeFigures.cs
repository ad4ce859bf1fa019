using CityOs.Contracts.Office;
using CityOs.Mobility.Rides;

namespace CityOs.Mobility.Office;

/// <summary>Ride counts per pickup district for the office, from the same computation as the ride KPIs.</summary>
public sealed class MobilityOfficeFigures(RideStore store, Fleet fleet, ServiceArea area, TimeProvider time)
{
    public async Task<MobilityFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var rides = await store.ListAsync(cancellationToken);
        var kpis = RideKpis.Compute(rides, await store.ListPlansAsync(cancellationToken), fleet, area).ToDictionary(k => k.District, StringComparer.Ordinal);
        return new MobilityFigures
        {
            AsOf = time.GetUtcNow(),
            Districts = [.. rides.GroupBy(r => r.District).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var kpi = kpis[g.Key];
                var served = g.Count(r => r.Status == RideStatus.Scheduled);
                return new DistrictRideFigures
                {
                    District = g.Key,
                    Requests = g.Count(),
                    Asked = g.Count(r => r.Status != RideStatus.Cancelled),
                    Served = served,
                    // The KPI keeps the share only; at three decimals it gives the count back exactly below 500 served rides a district.
                    Shared = (int)Math.Round((kpi.SharedShare ?? 0) * served),
                    Evacuation = g.Count(r => r.IsEvacuation),
                    MeanWaitMinutes = kpi.MeanWaitMinutes,
                    VehicleKmPerPassenger = kpi.VehicleKmPerPassenger,
                };
            })],
        };
    }
}
