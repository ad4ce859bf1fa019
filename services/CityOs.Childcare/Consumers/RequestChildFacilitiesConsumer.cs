using System.Globalization;
using CityOs.Childcare.DisasterCare;
using CityOs.Contracts.Childcare;
using MassTransit;

namespace CityOs.Childcare.Consumers;

/// <summary>The bus form of the facility release; the same consent check and filter as the staff endpoint.</summary>
public sealed class RequestChildFacilitiesConsumer(FacilityRelease release) : IConsumer<RequestChildFacilities>
{
    public async Task Consume(ConsumeContext<RequestChildFacilities> context)
    {
        var request = context.Message;
        if (request.LedgerSequence <= 0 || string.IsNullOrWhiteSpace(request.Pseudonym))
        {
            await context.RespondAsync(new ChildFacilitiesReleased { RequestId = request.RequestId, Allowed = false, DenyReason = "no-link-decision" });
            return;
        }

        var result = await release.ReleaseAsync(request.Pseudonym, context.CancellationToken);
        await context.RespondAsync(new ChildFacilitiesReleased
        {
            RequestId = request.RequestId,
            Allowed = result.Allowed,
            DenyReason = result.DenyReason,
            Children = [.. result.Children.Select(c => new ReleasedChild(
                c.GetValueOrDefault(FacilityRelease.FacilityCategory),
                c.TryGetValue(FacilityRelease.AgeClassCategory, out var age) ? int.Parse(age, CultureInfo.InvariantCulture) : null))],
        });
    }
}
