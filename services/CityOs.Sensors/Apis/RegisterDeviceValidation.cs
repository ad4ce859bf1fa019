using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Apis;

internal static class RegisterDeviceValidation
{
    private static readonly Dictionary<string, DeviceType> Types = new(StringComparer.Ordinal)
    {
        ["river-gauge"] = DeviceType.RiverGauge,
        ["shelter-counter"] = DeviceType.ShelterCounter,
        ["vehicle"] = DeviceType.Vehicle,
        ["cycle-dock"] = DeviceType.CycleDock,
    };

    public static Dictionary<string, string[]> Validate(RegisterDeviceRequest request, DistrictCodes districts, out DeviceType type)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DeviceIds.IsValid(request.Id))
        {
            errors["id"] = ["id must be 2-63 characters of a-z, 0-9 and '-', starting with a letter or digit and not with 'cityos-'."];
        }

        if (request.Type is null || !Types.TryGetValue(request.Type, out type))
        {
            type = default;
            errors["type"] = [$"type must be one of: {string.Join(", ", Types.Keys)}."];
        }

        if (!districts.Contains(request.District))
        {
            errors["district"] = ["district must be a district code from data/districts.csv, e.g. 'odono'."];
        }

        if (request.Password is { Length: < DevicePassword.MinimumLength })
        {
            errors["password"] = [$"password must have at least {DevicePassword.MinimumLength} characters; omit it to get a generated one."];
        }

        return errors;
    }
}
