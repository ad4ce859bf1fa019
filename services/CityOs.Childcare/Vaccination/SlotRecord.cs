namespace CityOs.Childcare.Vaccination;

/// <summary>A slot with its bookings in one document, so the capacity check and the booking are one ETag-checked write.</summary>
public sealed record SlotRecord
{
    public required ClinicSlot Slot { get; init; }

    public IReadOnlyList<VaccinationBooking> Bookings { get; init; } = [];
}

/// <summary>
/// The bookings a child holds, one document per child: writing it first (ETag-checked) serialises two bookings for the
/// same child, which is what makes the double-booking check race-free. An entry whose slot does not hold the booking
/// (a crash between the two writes, or a full slot) is dropped once it is older than a grace period; a younger one may
/// be a booking still on its way to the slot.
/// </summary>
public sealed record ChildBookings
{
    public IReadOnlyList<ChildBookingEntry> Entries { get; init; } = [];
}

public sealed record ChildBookingEntry(VaccinationBooking Booking, DateTimeOffset At);
