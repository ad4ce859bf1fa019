namespace CityOs.Childcare.Vaccination;

/// <summary>Slots and bookings in memory under one lock, so capacity and double-booking checks cannot race.</summary>
public sealed class VaccinationStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ClinicSlot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VaccinationBooking> _bookings = new(StringComparer.Ordinal);

    public VaccineSchedule Schedule { get; private set; } = new([]);

    public void UseSchedule(VaccineSchedule schedule) => Schedule = schedule;

    public IReadOnlyList<ClinicSlot> Slots(string? vaccine)
    {
        lock (_lock)
        {
            return [.. _slots.Values.Where(s => vaccine is null || s.Vaccine == vaccine).OrderBy(s => s.Start)];
        }
    }

    public ClinicSlot AddSlot(SlotRequest request)
    {
        var slot = new ClinicSlot($"slot-{Guid.NewGuid():N}"[..13], request.ClinicId, request.ClinicName, request.Vaccine, request.Start, request.Capacity, 0);
        lock (_lock)
        {
            _slots[slot.Id] = slot;
        }

        return slot;
    }

    public VaccinationBooking? FindBooking(string id)
    {
        lock (_lock)
        {
            return _bookings.GetValueOrDefault(id);
        }
    }

    /// <summary>Books a place, or says why not: <c>unknown-slot</c>, <c>not-due</c>, <c>double-booking</c> or <c>full</c>.</summary>
    public (VaccinationBooking? Booking, string? Refusal) Book(BookingRequest request)
    {
        lock (_lock)
        {
            if (!_slots.TryGetValue(request.SlotId, out var slot))
            {
                return (null, "unknown-slot");
            }

            if (Schedule.Find(slot.Vaccine) is not { } vaccine || !vaccine.DueAt(request.ChildAgeMonths))
            {
                return (null, "not-due");
            }

            if (_bookings.Values.Any(b => !b.Cancelled && b.ChildPseudonym == request.ChildPseudonym && (b.Vaccine == slot.Vaccine || b.Start == slot.Start)))
            {
                return (null, "double-booking");
            }

            if (slot.Free <= 0)
            {
                return (null, "full");
            }

            var booking = new VaccinationBooking($"vb-{Guid.NewGuid():N}"[..15], slot.Id, request.ChildPseudonym, slot.Vaccine, slot.Start, false);
            _bookings[booking.Id] = booking;
            _slots[slot.Id] = slot with { Booked = slot.Booked + 1 };
            return (booking, null);
        }
    }

    public bool Cancel(string bookingId)
    {
        lock (_lock)
        {
            if (!_bookings.TryGetValue(bookingId, out var booking) || booking.Cancelled)
            {
                return false;
            }

            _bookings[bookingId] = booking with { Cancelled = true };
            if (_slots.TryGetValue(booking.SlotId, out var slot))
            {
                _slots[slot.Id] = slot with { Booked = slot.Booked - 1 };
            }

            return true;
        }
    }
}
