using System.Text;
using System.Text.Json.Nodes;
using CityOs.Sensors.Devices;
using FsCheck;
using FsCheck.Fluent;

namespace CityOs.Sensors.Tests;

/// <summary>
/// Generators for hostile device input: random bytes, valid payloads with random mutations (fields removed,
/// replaced by junk of every JSON type, numbers as strings, NaN/Infinity, huge and tiny numbers, unicode,
/// deep nesting, duplicate keys, truncation, byte flips), huge payloads and wrong topics.
/// </summary>
internal static class FuzzInputs
{
    private static readonly string[] Fields = ["v", "seq", "ts", "station", "district", "levelM", "shelter", "present", "capacity", "vehicle", "lat", "lon", "speedKmh", "headingDeg", "dock", "bikes", "freeDocks", "extra", ""];

    private static readonly string[] JunkText =
    [
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "4.9e-324", "1.7976931348623157e308", "-0", "0x10", "１２３",
        "2.5", "", " ", "\u0000", "\ud83c\udf0a川の水位", "\u202e", "null", "true", "9223372036854775808", "-9223372036854775809",
        "2025-07-01T09:30:00+09:00", "2025-07-01T09:30:00", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2025-02-30T00:00:00Z",
    ];

    private static readonly string[] RawNumbers = ["0", "-0", "1", "-1", "1.5", "1e400", "-1e400", "1e-400", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "30.0000000000001", "360", "3.4028235e38"];

    public static Gen<FuzzCase> Cases { get; } = Gen.Frequency(
        (3, RandomBytes()),
        (10, MutatedPayloads()),
        (1, HugePayloads()),
        (1, DeeplyNested()));

    private static Gen<Device> Devices => Gen.Elements(TestDevices.All.ToArray());

    private static Gen<DateTimeOffset> Clocks => Gen.Choose(-3 * 24 * 60, 3 * 24 * 60).Select(minutes => TestDevices.Now.AddMinutes(minutes));

    private static Gen<string> Topics(Device device) => Gen.Frequency(
        (8, Gen.Constant(Payloads.Topic(device))),
        (1, Gen.Elements(TestDevices.All.Select(Payloads.Topic).ToArray())),
        (1, Gen.Elements("", "/", "#", "cityos/v1/river-gauges/+/level", "cityos/v1/river-gauges//level", "cityos/v1/dead-letter/x", "cityos/v1/river-gauges/" + device.Id + "/level/extra", new string('a', 70_000))));

    private static Gen<Device?> RegistryAnswer(Device device) => Gen.Frequency(
        (8, Gen.Constant<Device?>(device)),
        (1, Gen.Constant<Device?>(null)),
        (1, Gen.Elements(TestDevices.All.ToArray()).Select(d => (Device?)d)));

    private static Gen<FuzzCase> RandomBytes() =>
        from device in Devices
        from topic in Topics(device)
        from registered in RegistryAnswer(device)
        from now in Clocks
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
        select new FuzzCase(topic, bytes, registered, now);

    private static Gen<FuzzCase> MutatedPayloads() =>
        from device in Devices
        from topic in Topics(device)
        from registered in RegistryAnswer(device)
        from now in Clocks
        from seq in Gen.Choose(0, int.MaxValue)
        from minutesAgo in Gen.Choose(-10, 26 * 60)
        from mutations in Gen.ListOf(Mutation()).Select(m => m.Take(5).ToList())
        from textMutation in TextMutation()
        select new FuzzCase(topic, textMutation(Mutate(Payloads.For(device, seq, now.AddMinutes(-minutesAgo)), mutations)), registered, now);

    private static Gen<FuzzCase> HugePayloads() =>
        from device in Devices
        from size in Gen.Choose(ReadingValidatorLimit - 16, 2 * 1024 * 1024)
        select new FuzzCase(Payloads.Topic(device), Encoding.UTF8.GetBytes("{\"v\":1,\"pad\":\"" + new string('x', size) + "\"}"), device, TestDevices.Now);

    private static Gen<FuzzCase> DeeplyNested() =>
        from device in Devices
        from depth in Gen.Choose(2, 5000)
        from open in Gen.Elements("[", "{\"a\":")
        select new FuzzCase(Payloads.Topic(device), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))), device, TestDevices.Now);

    private static int ReadingValidatorLimit => Ingestion.ReadingValidator.MaxPayloadBytes;

    private static Gen<Action<JsonObject>> Mutation() => Gen.OneOf(
        Gen.Elements(Fields).Select(f => (Action<JsonObject>)(o => o.Remove(f))),
        from f in Gen.Elements(Fields)
        from junk in Junk()
        select (Action<JsonObject>)(o => o[f] = junk?.DeepClone()),
        from f in Gen.Elements(Fields)
        select (Action<JsonObject>)(o => o[f] = o[f] is JsonValue v ? JsonValue.Create(v.ToJsonString()) : null));

    private static Gen<JsonNode?> Junk() => Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Elements(JunkText).Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Elements(RawNumbers).Select(n => JsonNode.Parse(n)),
        Gen.Choose(int.MinValue, int.MaxValue).Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Choose(-100_000, 100_000).Select(i => (JsonNode?)JsonValue.Create(i / 997.0)),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Constant<JsonNode?>(new JsonArray(1, "two", null)),
        Gen.Constant<JsonNode?>(new JsonObject { ["levelM"] = 1.0 }),
        Gen.Choose(0, 200).Select(n => (JsonNode?)JsonValue.Create(new string('川', n))));

    private static Gen<Func<JsonObject, byte[]>> TextMutation() => Gen.Frequency(
        (6, Gen.Constant<Func<JsonObject, byte[]>>(Payloads.Bytes)),
        (1, Gen.Choose(0, 400).Select(cut => (Func<JsonObject, byte[]>)(o => Payloads.Bytes(o)[..Math.Min(cut, Payloads.Bytes(o).Length)]))),
        (1, from at in Gen.Choose(0, 400)
            from value in Gen.Choose(0, 255)
            select (Func<JsonObject, byte[]>)(o => Flip(Payloads.Bytes(o), at, (byte)value))),
        (1, Gen.Elements("v", "seq", "levelM", "ts").Select(f => (Func<JsonObject, byte[]>)(o => DuplicateKey(o, f)))),
        (1, Gen.Elements("NaN", "Infinity", "-Infinity", "1e999", "01", "+1", ".5", "1.", "0x1F").Select(raw => (Func<JsonObject, byte[]>)(o => RawValue(o, raw)))));

    private static JsonObject Mutate(JsonObject payload, List<Action<JsonObject>> mutations)
    {
        foreach (var mutate in mutations)
        {
            mutate(payload);
        }

        return payload;
    }

    private static byte[] Flip(byte[] bytes, int at, byte value)
    {
        if (bytes.Length > 0)
        {
            bytes[at % bytes.Length] = value;
        }

        return bytes;
    }

    private static byte[] DuplicateKey(JsonObject payload, string field)
    {
        var text = payload.ToJsonString();
        return Encoding.UTF8.GetBytes(text.Length > 1 ? "{\"" + field + "\":0," + text[1..] : text);
    }

    private static byte[] RawValue(JsonObject payload, string raw)
    {
        payload["levelM"] = "__RAW__";
        payload["lat"] = "__RAW__";
        payload["present"] = "__RAW__";
        return Encoding.UTF8.GetBytes(payload.ToJsonString().Replace("\"__RAW__\"", raw, StringComparison.Ordinal));
    }
}
