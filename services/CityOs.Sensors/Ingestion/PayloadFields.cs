using System.Text.Json;
using System.Text.RegularExpressions;

namespace CityOs.Sensors.Ingestion;

/// <summary>
/// Strict reads of a payload's fields: a number must be a JSON number (never a numeric string), an
/// integer must have no fraction, a timestamp must carry its offset. The first failure is kept and every
/// later read returns a default, so the validator reads all fields and checks <see cref="Error"/> once.
/// </summary>
internal sealed partial class PayloadFields(JsonElement root)
{
    public Rejection? Error { get; private set; }

    public long Integer(string name, long min, long max)
    {
        if (!Require(name, JsonValueKind.Number, out var element))
        {
            return 0;
        }

        if (!element.TryGetInt64(out var value))
        {
            return Fail(RejectionReasons.WrongType, $"{name} must be an integer", 0L);
        }

        return value < min || value > max ? Fail(RejectionReasons.OutOfRange, $"{name} = {value} is outside {min}..{max}", 0L) : value;
    }

    public int? OptionalInteger(string name, int min, int max) =>
        root.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? (int)Integer(name, min, max) : null;

    public double Number(string name, double min, double max, string unit)
    {
        if (!Require(name, JsonValueKind.Number, out var element))
        {
            return 0;
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            return Fail(RejectionReasons.WrongType, $"{name} must be a finite number", 0d);
        }

        return value < min || value > max ? Fail(RejectionReasons.OutOfRange, $"{name} = {value:R} {unit} is outside {min}..{max} {unit}", 0d) : value;
    }

    /// <summary>An identifier of a station, shelter, vehicle, dock or district: it becomes a document id downstream.</summary>
    public string Id(string name)
    {
        if (!Require(name, JsonValueKind.String, out var element))
        {
            return "";
        }

        var value = Text(element);
        return IdPattern().IsMatch(value) ? value : Fail(RejectionReasons.InvalidFormat, $"{name} must be 1-64 characters of A-Z a-z 0-9 . _ : -", "");
    }

    public DateTimeOffset Timestamp(string name)
    {
        if (!Require(name, JsonValueKind.String, out var element))
        {
            return default;
        }

        // Without an explicit offset a device's local clock would be read as the server's: refuse rather than guess.
        var text = Text(element);
        return OffsetSuffix().IsMatch(text) && element.TryGetDateTimeOffset(out var value)
            ? value
            : Fail(RejectionReasons.InvalidFormat, $"{name} must be an ISO 8601 date-time with offset, e.g. 2025-07-01T09:30:00+09:00", default(DateTimeOffset));
    }

    public void Reject(string reason, string detail) => Error ??= new Rejection(reason, detail);

    private bool Require(string name, JsonValueKind kind, out JsonElement element)
    {
        if (Error is not null)
        {
            element = default;
            return false;
        }

        if (!root.TryGetProperty(name, out element) || element.ValueKind == JsonValueKind.Null)
        {
            Error = new Rejection(RejectionReasons.MissingField, $"{name} is required");
            return false;
        }

        if (element.ValueKind != kind)
        {
            Error = new Rejection(RejectionReasons.WrongType, $"{name} must be a JSON {kind.ToString().ToLowerInvariant()}, not {element.ValueKind.ToString().ToLowerInvariant()}");
            return false;
        }

        return true;
    }

    /// <summary>A string that cannot be decoded (a lone surrogate escape, say) reads as "", which no pattern accepts.</summary>
    private static string Text(JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    private T Fail<T>(string reason, string detail, T value)
    {
        Error ??= new Rejection(reason, detail);
        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex("T.*(Z|[+-][0-9]{2}:[0-9]{2})\\z")]
    private static partial Regex OffsetSuffix();
}
