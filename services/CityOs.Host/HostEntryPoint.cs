namespace CityOs.Host;

/// <summary>Names this service's assembly for WebApplicationFactory; every service has one, so tests never meet two public Program types.</summary>
public sealed class HostEntryPoint
{
    private HostEntryPoint()
    {
    }
}
