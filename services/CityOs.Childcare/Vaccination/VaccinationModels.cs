namespace CityOs.Childcare.Vaccination;

/// <summary>A clinic's published appointment slot for one vaccine.</summary>
public sealed record ClinicSlot(string Id, string ClinicId, string ClinicName, string Vaccine, DateTimeOffset Start, int Capacity, int Booked)
{
    public int Free => Capacity - Booked;
}

public sealed record SlotRequest(string ClinicId, string ClinicName, string Vaccine, DateTimeOffset Start, int Capacity);

/// <param name="ChildAgeMonths">Age at the appointment in months; a birth date is not needed and not kept.</param>
public sealed record BookingRequest(string SlotId, string ChildPseudonym, int ChildAgeMonths);

public sealed record VaccinationBooking(string Id, string SlotId, string ChildPseudonym, string Vaccine, DateTimeOffset Start, bool Cancelled);
