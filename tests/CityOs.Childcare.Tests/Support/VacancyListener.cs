using System.Collections.Concurrent;
using System.Text;
using CityOs.Contracts.Childcare;
using MassTransit;

namespace CityOs.Childcare.Tests.Support;

/// <summary>Collects the vacancy messages a bus delivers, with their raw bodies, for privacy checks.</summary>
public sealed class VacancyListener
{
    public ConcurrentQueue<(FacilityVacancyChanged Message, string Body)> Received { get; } = new();

    public Task Handle(ConsumeContext<FacilityVacancyChanged> context)
    {
        Received.Enqueue((context.Message, Encoding.UTF8.GetString(context.ReceiveContext.GetBody())));
        return Task.CompletedTask;
    }

    public Task<FacilityVacancyChanged> WaitForAsync(string facilityId, int ageClass, int vacancies, long afterVersion = 0) =>
        Eventually.Until(() => Task.FromResult(Received.Select(r => r.Message)
                .FirstOrDefault(m => m.FacilityId == facilityId && m.AgeClass == ageClass && m.Vacancies == vacancies && m.Version > afterVersion)),
            TimeSpan.FromSeconds(30), $"{facilityId} class {ageClass} published with {vacancies} vacancies");
}
