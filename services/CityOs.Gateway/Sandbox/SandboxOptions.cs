namespace CityOs.Gateway.Sandbox;

public sealed class SandboxOptions
{
    public const string Section = "Gateway:Sandbox";

    /// <summary>How often the synthetic city moves on (occupancy, levels, bikes, buses), so partners can watch subscriptions fire.</summary>
    public TimeSpan ChangeEvery { get; set; } = TimeSpan.FromMinutes(1);
}
