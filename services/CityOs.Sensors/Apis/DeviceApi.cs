using CityOs.Sensors.Devices;
using CityOs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Sensors.Apis;

public static class DeviceApi
{
    public static RouteGroupBuilder MapDeviceApi(this RouteGroupBuilder group)
    {
        var devices = group.MapGroup("/devices").WithTags("Devices");
        devices.MapGet("/", ListAsync).WithName("ListDevices").WithSummary("Every registered field device.");
        devices.MapGet("/{id}", GetAsync).WithName("GetDevice").WithSummary("One device with the topics it may publish on.");
        devices.MapPost("/", RegisterAsync).WithName("RegisterDevice").WithSummary("Registers a device and issues its broker credentials.");
        devices.MapPost("/{id}/credentials", IssueCredentialsAsync).WithName("IssueDeviceCredentials").WithSummary("Replaces a device's broker password with a new generated one.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<DeviceView>>> ListAsync(DeviceRegistry registry, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<DeviceView>>([.. (await registry.ListAsync(cancellationToken)).Select(DeviceView.From)]);

    private static async Task<Results<Ok<DeviceView>, NotFound>> GetAsync(string id, DeviceRegistry registry, CancellationToken cancellationToken) =>
        DeviceIds.IsValid(id) && await registry.FindAsync(id, cancellationToken) is { } device ? TypedResults.Ok(DeviceView.From(device)) : TypedResults.NotFound();

    private static async Task<Results<Created<DeviceCredentials>, ValidationProblem, Conflict>> RegisterAsync(
        RegisterDeviceRequest request, DeviceRegistry registry, DistrictCodes districts, CancellationToken cancellationToken)
    {
        var errors = RegisterDeviceValidation.Validate(request, districts, out var type);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var password = request.Password ?? DevicePassword.Generate();
        try
        {
            var device = await registry.RegisterAsync(request.Id!, type, request.District!, DevicePassword.Hash(password), cancellationToken);
            return TypedResults.Created($"/api/sensors/v1/devices/{device.Id}", new DeviceCredentials(DeviceView.From(device), device.Id, request.Password is null ? password : null));
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Conflict();
        }
    }

    private static async Task<Results<Ok<DeviceCredentials>, NotFound>> IssueCredentialsAsync(string id, DeviceRegistry registry, CancellationToken cancellationToken)
    {
        var password = DevicePassword.Generate();
        return DeviceIds.IsValid(id) && await registry.SetPasswordHashAsync(id, DevicePassword.Hash(password), cancellationToken) is { } device
            ? TypedResults.Ok(new DeviceCredentials(DeviceView.From(device), device.Id, password))
            : TypedResults.NotFound();
    }
}
