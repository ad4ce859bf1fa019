using Google.Protobuf;

namespace CityOs.Mobility.Tests.Support;

/// <summary>
/// Reads protobuf wire format field by field, knowing nothing of the service's generated classes, so a
/// test checks the bytes against the official GTFS-Realtime field numbers rather than against itself.
/// </summary>
public sealed class ProtoMessage
{
    private readonly List<(int Field, object Value)> _fields = [];

    public static ProtoMessage Parse(byte[] bytes) => Parse(ByteString.CopyFrom(bytes));

    public static ProtoMessage Parse(ByteString bytes)
    {
        var message = new ProtoMessage();
        var input = new CodedInputStream(bytes.ToByteArray());
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            object value = WireFormat.GetTagWireType(tag) switch
            {
                WireFormat.WireType.Varint => input.ReadUInt64(),
                WireFormat.WireType.Fixed32 => input.ReadFixed32(),
                WireFormat.WireType.Fixed64 => input.ReadFixed64(),
                WireFormat.WireType.LengthDelimited => input.ReadBytes(),
                var other => throw new InvalidDataException($"Unexpected wire type {other}."),
            };
            message._fields.Add((WireFormat.GetTagFieldNumber(tag), value));
        }

        return message;
    }

    public bool Has(int field) => _fields.Any(f => f.Field == field);

    public IReadOnlyList<ProtoMessage> Messages(int field) => [.. Values(field).Cast<ByteString>().Select(Parse)];

    public ProtoMessage Message(int field) => Parse((ByteString)Single(field));

    public string String(int field) => ((ByteString)Single(field)).ToStringUtf8();

    public ulong Varint(int field) => (ulong)Single(field);

    /// <summary>int32 and int64 put negative numbers in ten-byte varints; truncating gives the value back.</summary>
    public long Signed(int field) => unchecked((long)Varint(field));

    public float Float(int field) => BitConverter.UInt32BitsToSingle((uint)Single(field));

    private IEnumerable<object> Values(int field) => _fields.Where(f => f.Field == field).Select(f => f.Value);

    private object Single(int field) => Values(field).Single();
}
