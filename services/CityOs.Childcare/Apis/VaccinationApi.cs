using CityOs.Childcare.Vaccination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class VaccinationApi
{
    public static RouteGroupBuilder MapVaccinationApi(this RouteGroupBuilder group)
    {
        group.MapGet("/vaccinations/schedule", (VaccinationStore store) => TypedResults.Ok(store.Schedule))
            .WithName("GetVaccinationSchedule").WithSummary("Routine immunisations and the ages in months they are given at.").WithTags("Vaccination");
        group.MapGet("/vaccinations/slots", async (VaccinationStore store, string? vaccine, CancellationToken cancellationToken) => TypedResults.Ok(await store.SlotsAsync(vaccine, cancellationToken)))
            .WithName("ListVaccinationSlots").WithSummary("Clinics' published slots with free places.").WithTags("Vaccination");
        return group;
    }

    /// <summary>Bookings for a child the caller names are staff work; the schedule and free slots above are open data.</summary>
    public static RouteGroupBuilder MapVaccinationStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/vaccinations/bookings", (BookingRequest request, VaccinationStore store, CancellationToken cancellationToken) =>
                BookAsync(request, store, b => $"/api/childcare/v1/vaccinations/bookings/{b.Id}", cancellationToken))
            .WithName("BookVaccination").WithSummary("Staff book a slot for a child (予防接種予約) for a parent at the desk or on the phone.").WithTags("Vaccination");
        staff.MapDelete("/vaccinations/bookings/{id}", async Task<Results<NoContent, NotFound>> (string id, VaccinationStore store, CancellationToken cancellationToken) =>
                await store.CancelAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("CancelVaccination").WithSummary("Staff cancel a booking and free its place.").WithTags("Vaccination");
        staff.MapPost("/vaccinations/slots", async Task<Results<Created<ClinicSlot>, ValidationProblem>> (SlotRequest request, VaccinationStore store, CancellationToken cancellationToken) =>
                store.Schedule.Find(request.Vaccine) is null || request.Capacity < 1
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["vaccine"] = ["スケジュールにないワクチンか定員が0です (vaccine not in the schedule, or no capacity)"] })
                    : TypedResults.Created("/api/childcare/v1/vaccinations/slots", await store.AddSlotAsync(request, cancellationToken)))
            .WithName("PublishVaccinationSlot").WithSummary("A clinic publishes a slot.").WithTags("Vaccination");
        return staff;
    }

    /// <summary>Books, or answers why not: 404 unknown slot, 400 not due at that age, 409 double booking or full.</summary>
    internal static async Task<Results<Created<VaccinationBooking>, ValidationProblem, NotFound, ProblemHttpResult>> BookAsync(
        BookingRequest request, VaccinationStore store, Func<VaccinationBooking, string> location, CancellationToken cancellationToken)
    {
        var (booking, refusal) = await store.BookAsync(request, cancellationToken);
        var vaccine = refusal == "not-due" ? (await store.SlotAsync(request.SlotId, cancellationToken))?.Vaccine : null;
        return refusal switch
        {
            null => TypedResults.Created(location(booking!), booking),
            "unknown-slot" => TypedResults.NotFound(),
            "not-due" => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["childAgeMonths"] = [$"{vaccine}は生後{request.ChildAgeMonths}か月では接種対象外です ({vaccine} is not due at {request.ChildAgeMonths} months; see the schedule)"],
            }),
            "double-booking" => TypedResults.Problem(statusCode: 409, title: "二重予約はできません (double booking)",
                detail: "このお子さんは同じワクチンか同じ時間の予約がすでにあります (the child already has a booking for this vaccine or this time)"),
            _ => TypedResults.Problem(statusCode: 409, title: "満員です (the slot is full)", detail: "別の枠を選んでください (choose another slot)"),
        };
    }
}
