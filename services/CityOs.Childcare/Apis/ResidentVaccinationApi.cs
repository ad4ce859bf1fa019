using CityOs.Childcare.Vaccination;
using CityOs.Consent.Client.Residents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

/// <summary>
/// Parents book and cancel their child's vaccinations (予防接種) in the companion app. The resident here is the child:
/// a parent reaches them through the relationship recorded at the counter, as for every resident route, so nobody
/// books or sees a booking for a child they do not act for. Another child's booking answers 404, as a missing one does.
/// </summary>
public static class ResidentVaccinationApi
{
    public sealed record ResidentBookingRequest(string? SlotId, int ChildAgeMonths);

    public static RouteGroupBuilder MapResidentVaccinationApi(this RouteGroupBuilder api)
    {
        var bookings = api.MapResidentGroup("childcare").MapGroup("/vaccinations").WithTags("Vaccination");
        bookings.MapGet("", async (SignedInResident child, VaccinationStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(await store.BookingsOfChildAsync(child.Pseudonym, cancellationToken)))
            .WithName("ListMyChildVaccinations").WithSummary("The child's vaccination bookings that hold a place, soonest first.");
        bookings.MapPost("", BookAsync).WithName("BookMyChildVaccination").WithSummary("Books a published slot for the child, if the vaccine is due at that age.");
        bookings.MapGet("/{id}", async Task<Results<Ok<VaccinationBooking>, NotFound>> (string id, SignedInResident child, VaccinationStore store, CancellationToken cancellationToken) =>
                await store.BookingOfChildAsync(child.Pseudonym, id, cancellationToken) is { } booking ? TypedResults.Ok(booking) : TypedResults.NotFound())
            .WithName("GetMyChildVaccination").WithSummary("One of the child's bookings.");
        bookings.MapPost("/{id}/cancel", CancelAsync).WithName("CancelMyChildVaccination").WithSummary("Cancels one of the child's bookings and frees its place.");
        return api;
    }

    private static async Task<Results<Created<VaccinationBooking>, ValidationProblem, NotFound, ProblemHttpResult>> BookAsync(
        string residentId, ResidentBookingRequest request, SignedInResident child, VaccinationStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.SlotId) || request.ChildAgeMonths is < 0 or > 240)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(request.SlotId) ? "slotId" : "childAgeMonths"] =
                    [string.IsNullOrWhiteSpace(request.SlotId) ? "予約する枠を選んでください (choose a slot)" : "月齢は0から240の間です (age in months must be 0-240)"],
            });
        }

        return await VaccinationApi.BookAsync(new BookingRequest(request.SlotId, child.Pseudonym, request.ChildAgeMonths), store,
            b => $"/api/childcare/v1/residents/{Uri.EscapeDataString(residentId)}/vaccinations/{b.Id}", cancellationToken);
    }

    private static async Task<Results<NoContent, NotFound>> CancelAsync(string id, SignedInResident child, VaccinationStore store, CancellationToken cancellationToken) =>
        await store.BookingOfChildAsync(child.Pseudonym, id, cancellationToken) is not null && await store.CancelAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
