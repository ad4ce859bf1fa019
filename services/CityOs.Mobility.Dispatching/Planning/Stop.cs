namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>A visit to the pick-up or drop-off location of the request with index <see cref="Request"/>.</summary>
public readonly record struct Stop(int Request, StopKind Kind)
{
    public static Stop PickupOf(int request) => new(request, StopKind.Pickup);

    public static Stop DropoffOf(int request) => new(request, StopKind.Dropoff);
}
