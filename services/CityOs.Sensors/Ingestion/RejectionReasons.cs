namespace CityOs.Sensors.Ingestion;

/// <summary>Why a payload was refused. A small fixed set: each is a metric tag and appears in dead letters.</summary>
public static class RejectionReasons
{
    public const string UnknownTopic = "unknown-topic";
    public const string UnknownDevice = "unknown-device";
    public const string TopicNotAllowed = "topic-not-allowed";
    public const string PayloadTooLarge = "payload-too-large";
    public const string MalformedJson = "malformed-json";
    public const string NotAnObject = "not-an-object";
    public const string UnsupportedVersion = "unsupported-version";
    public const string MissingField = "missing-field";
    public const string WrongType = "wrong-type";
    public const string InvalidFormat = "invalid-format";
    public const string OutOfRange = "out-of-range";
    public const string DistrictMismatch = "district-mismatch";
    public const string TimestampInFuture = "timestamp-in-future";
    public const string TimestampTooOld = "timestamp-too-old";
    public const string Duplicate = "duplicate";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        UnknownTopic, UnknownDevice, TopicNotAllowed, PayloadTooLarge, MalformedJson, NotAnObject, UnsupportedVersion,
        MissingField, WrongType, InvalidFormat, OutOfRange, DistrictMismatch, TimestampInFuture, TimestampTooOld, Duplicate,
    };
}
