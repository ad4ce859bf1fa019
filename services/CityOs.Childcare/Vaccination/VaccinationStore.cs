using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.Vaccination;

/// <summary>
/// Slots (with their bookings) in one partition <c>slots</c>: clinics publish a few a week and the app lists them all.
/// Each child's bookings in a partition of its own (<c>child:{pseudonym}</c>). Booking ids carry their slot id, so a
/// cancellation is a point read.
/// </summary>
public sealed class VaccinationStore(IDocumentStore store, TimeProvider time)
{
    public const string Container = "childcare-vaccination";
    private const string Slots = "slots";
    private const string ChildDocument = "bookings";
    private static readonly TimeSpan PendingGrace = TimeSpan.FromMinutes(1);

    public VaccineSchedule Schedule { get; private set; } = new([]);

    public void UseSchedule(VaccineSchedule schedule) => Schedule = schedule;

    public async Task<IReadOnlyList<ClinicSlot>> SlotsAsync(string? vaccine, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<SlotRecord>(Container, Slots, vaccine is null ? null : DocumentFilter.Where("slot.vaccine", FilterOperator.Equal, vaccine), cancellationToken))
            .Select(d => d.Value.Slot).OrderBy(s => s.Start)];

    public async Task<ClinicSlot?> SlotAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<SlotRecord>(Container, Slots, id, cancellationToken))?.Value.Slot;

    public async Task<ClinicSlot> AddSlotAsync(SlotRequest request, CancellationToken cancellationToken)
    {
        var slot = new ClinicSlot($"slot-{Guid.NewGuid():N}"[..13], request.ClinicId, request.ClinicName, request.Vaccine, request.Start, request.Capacity, 0);
        await store.CreateAsync(Container, Slots, slot.Id, new SlotRecord { Slot = slot }, cancellationToken);
        return slot;
    }

    /// <summary>Books a place, or says why not: <c>unknown-slot</c>, <c>not-due</c>, <c>double-booking</c> or <c>full</c>.</summary>
    public async Task<(VaccinationBooking? Booking, string? Refusal)> BookAsync(BookingRequest request, CancellationToken cancellationToken)
    {
        if (await SlotAsync(request.SlotId, cancellationToken) is not { } slot)
        {
            return (null, "unknown-slot");
        }

        if (Schedule.Find(slot.Vaccine) is not { } vaccine || !vaccine.DueAt(request.ChildAgeMonths))
        {
            return (null, "not-due");
        }

        var booking = new VaccinationBooking($"vb-{Guid.NewGuid():N}"[..11] + "-" + slot.Id, slot.Id, request.ChildPseudonym, slot.Vaccine, slot.Start, false);
        var dead = await DeadEntriesAsync(request.ChildPseudonym, cancellationToken);
        var claim = await store.ApplyAsync<ChildBookings>(Container, ChildPartition(request.ChildPseudonym), ChildDocument, c =>
        {
            var entries = (c?.Entries ?? []).Where(e => !dead.Contains(e.Booking.Id)).ToList();
            return entries.Any(e => e.Booking.Vaccine == slot.Vaccine || e.Booking.Start == slot.Start)
                ? null
                : new ChildBookings { Entries = [.. entries, new ChildBookingEntry(booking, time.GetUtcNow())] };
        }, cancellationToken);
        if (!claim.Changed)
        {
            return (null, "double-booking");
        }

        var taken = await store.ApplyAsync<SlotRecord>(Container, Slots, slot.Id, s => s is null || s.Slot.Free <= 0 ? null : s with
        {
            Slot = s.Slot with { Booked = s.Slot.Booked + 1 },
            Bookings = [.. s.Bookings, booking],
        }, cancellationToken);
        if (!taken.Changed)
        {
            await DropEntryAsync(request.ChildPseudonym, booking.Id, cancellationToken);
            return (null, "full");
        }

        return (booking, null);
    }

    /// <summary>The child's booking with this id, if it holds a place: a resident cancels only their own child's.</summary>
    public async Task<VaccinationBooking?> BookingOfChildAsync(string childPseudonym, string bookingId, CancellationToken cancellationToken) =>
        (await BookingsOfChildAsync(childPseudonym, cancellationToken)).FirstOrDefault(b => b.Id == bookingId);

    /// <summary>The child's bookings that hold a place (an entry left by a failed booking is not one), soonest first.</summary>
    public async Task<IReadOnlyList<VaccinationBooking>> BookingsOfChildAsync(string childPseudonym, CancellationToken cancellationToken) =>
        [.. (await EntriesAsync(childPseudonym, _ => true, cancellationToken)).Where(e => e.Held is not null).Select(e => e.Held!).OrderBy(b => b.Start)];

    public async Task<bool> CancelAsync(string bookingId, CancellationToken cancellationToken)
    {
        if (SlotOf(bookingId) is not { } slotId)
        {
            return false;
        }

        VaccinationBooking? cancelled = null;
        var result = await store.ApplyAsync<SlotRecord>(Container, Slots, slotId, s =>
        {
            cancelled = s?.Bookings.FirstOrDefault(b => b.Id == bookingId && !b.Cancelled);
            return s is null || cancelled is null ? null : s with
            {
                Slot = s.Slot with { Booked = s.Slot.Booked - 1 },
                Bookings = [.. s.Bookings.Select(b => b.Id == bookingId ? b with { Cancelled = true } : b)],
            };
        }, cancellationToken);
        if (result.Changed && cancelled is not null)
        {
            await DropEntryAsync(cancelled.ChildPseudonym, bookingId, cancellationToken);
        }

        return result.Changed;
    }

    /// <summary>The child's entries, past the grace period, that their slots do not hold uncancelled: left over from a failed booking.</summary>
    private async Task<HashSet<string>> DeadEntriesAsync(string child, CancellationToken cancellationToken) =>
        [.. (await EntriesAsync(child, e => time.GetUtcNow() - e.At >= PendingGrace, cancellationToken)).Where(e => e.Held is null).Select(e => e.Entry.Booking.Id)];

    /// <summary>The child's entries that pass <paramref name="include"/>, each with the booking its slot holds uncancelled, if any.</summary>
    private async Task<List<(ChildBookingEntry Entry, VaccinationBooking? Held)>> EntriesAsync(
        string child, Func<ChildBookingEntry, bool> include, CancellationToken cancellationToken)
    {
        var entries = (await store.GetAsync<ChildBookings>(Container, ChildPartition(child), ChildDocument, cancellationToken))?.Value.Entries ?? [];
        var found = new List<(ChildBookingEntry, VaccinationBooking?)>();
        foreach (var entry in entries.Where(include))
        {
            var slot = await store.GetAsync<SlotRecord>(Container, Slots, entry.Booking.SlotId, cancellationToken);
            found.Add((entry, slot?.Value.Bookings.FirstOrDefault(b => b.Id == entry.Booking.Id && !b.Cancelled)));
        }

        return found;
    }

    private Task DropEntryAsync(string child, string bookingId, CancellationToken cancellationToken) =>
        store.ApplyAsync<ChildBookings>(Container, ChildPartition(child), ChildDocument,
            c => c is null || c.Entries.All(e => e.Booking.Id != bookingId) ? null : new ChildBookings { Entries = [.. c.Entries.Where(e => e.Booking.Id != bookingId)] },
            cancellationToken);

    private static string ChildPartition(string child) => $"child:{child}";

    private static string? SlotOf(string bookingId) => bookingId.Length > 12 && bookingId.StartsWith("vb-", StringComparison.Ordinal) ? bookingId[12..] : null;
}
