namespace CityOs.Host.Demo;

/// <summary>
/// A heavy-rain event as pure functions of simulated time, so it can be tested without a clock: eight hours
/// of rain peaking at 60 mm/h, flood waves reaching each station after its own lag and cresting at
/// <c>BaseM + PeakRiseM</c>, people gathering in shelters as their river rises and going home after it falls.
/// </summary>
public static class HeavyRainScenario
{
    public const double CycleHours = 36;
    public const double RainHours = 8;
    public const double PeakRainMmPerHour = 60;

    /// <summary>Hours from the start of the rain to a wave's crest at a station without lag.</summary>
    public const double CrestHours = 5;

    /// <summary>Hours since this cycle's rain began (negative before it).</summary>
    public static double StormHours(double simulatedHours, double rainStartsAfterHours) =>
        simulatedHours % CycleHours - rainStartsAfterHours;

    public static double RainfallMmPerHour(double stormHours) =>
        stormHours is < 0 or > RainHours ? 0 : PeakRainMmPerHour * Math.Pow(Math.Sin(Math.PI * stormHours / RainHours), 2);

    public static double RiverLevelM(RiverSite site, double stormHours) =>
        site.BaseM + site.PeakRiseM * Hydrograph(stormHours - site.LagHours);

    /// <summary>Gamma-shaped unit hydrograph: 0 before the wave, 1 at its crest, then a long recession.</summary>
    public static double Hydrograph(double hours) =>
        hours <= 0 ? 0 : Math.Pow(hours / CrestHours, 2) * Math.Exp(2 * (1 - hours / CrestHours));

    /// <summary>
    /// People come as the river nears the evacuation judgement level and stay until six hours after its crest,
    /// then leave over a few hours: people do not walk home the moment the water turns.
    /// </summary>
    public static int ShelterPeople(ShelterSite shelter, RiverSite river, double stormHours)
    {
        var crest = river.LagHours + CrestHours;
        var highest = RiverLevelM(river, Math.Min(stormHours, crest));
        var gathered = 0.85 * shelter.Capacity / (1 + Math.Exp(-(highest - river.ThresholdsM.Caution) / 0.2));
        var leaving = stormHours > crest + 6 ? Math.Exp(-(stormHours - crest - 6) / 3) : 1;
        return (int)Math.Round(gathered * leaving);
    }

    /// <summary>Bikes follow the day, and come back to the docks when it pours.</summary>
    public static int DockBikes(DockSite dock, double simulatedHours, double stormHours)
    {
        var share = 0.45 + 0.25 * Math.Sin(2 * Math.PI * simulatedHours / 24) + 0.35 * RainfallMmPerHour(stormHours) / PeakRainMmPerHour;
        return (int)Math.Round(Math.Clamp(share, 0, 1) * dock.Capacity);
    }

    /// <summary>Vehicles slow down by up to a third in the heaviest rain.</summary>
    public static double VehicleSpeedKmh(VehicleSite vehicle, double stormHours) =>
        vehicle.CruiseKmh * (1 - 0.35 * RainfallMmPerHour(stormHours) / PeakRainMmPerHour);
}
