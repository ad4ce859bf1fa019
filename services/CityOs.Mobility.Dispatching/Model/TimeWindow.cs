namespace CityOs.Mobility.Dispatching.Model;

/// <summary>Earliest and latest start of service, in minutes from the planning origin.</summary>
public readonly record struct TimeWindow(double Earliest, double Latest)
{
    public static TimeWindow Unbounded { get; } = new(0, double.MaxValue / 4);

    public bool Contains(double time) => time >= Earliest && time <= Latest;
}
