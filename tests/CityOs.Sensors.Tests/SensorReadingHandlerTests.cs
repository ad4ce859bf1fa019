using System.Text;
using CityOs.Contracts.Sensors;
using CityOs.Sensors.Ingestion;
using FsCheck;
using FsCheck.Fluent;

namespace CityOs.Sensors.Tests;

public sealed class SensorReadingHandlerTests
{
    [Fact]
    public async Task Valid_readings_of_every_device_type_are_published_on_the_bus_and_nothing_is_dead_lettered()
    {
        await using var harness = await IngestionHarness.StartAsync();

        foreach (var device in TestDevices.All)
        {
            await harness.HandleAsync(Payloads.Topic(device), Payloads.Bytes(Payloads.For(device, seq: 5)));
        }

        Assert.True(await harness.Bus.Published.Any<RiverLevelObserved>(m => m.Context.Message.ReadingId == "gauge-ogori:5"));
        Assert.True(await harness.Bus.Published.Any<ShelterOccupancyObserved>(m => m.Context.Message.ReadingId == "counter-ogori-1:5"));
        Assert.True(await harness.Bus.Published.Any<VehiclePositionObserved>(m => m.Context.Message.ReadingId == "vehicle-bus-1:5"));
        Assert.True(await harness.Bus.Published.Any<CycleDockObserved>(m => m.Context.Message.ReadingId == "dock-ogori-1:5"));
        Assert.Empty(harness.DeadLetters.Sent);
    }

    [Fact]
    public async Task Rejected_payload_goes_to_the_dead_letter_topic_of_its_device_with_reason_topic_and_payload()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var payload = Payloads.For(TestDevices.Gauge);
        payload["levelM"] = 99.0;
        var bytes = Payloads.Bytes(payload);

        await harness.HandleAsync(Payloads.Topic(TestDevices.Gauge), bytes);

        var (deviceId, letter) = Assert.Single(harness.DeadLetters.Sent);
        Assert.Equal("gauge-ogori", deviceId);
        Assert.Equal(RejectionReasons.OutOfRange, letter.Reason);
        Assert.Contains("levelM", letter.Detail, StringComparison.Ordinal);
        Assert.Equal(Payloads.Topic(TestDevices.Gauge), letter.Topic);
        Assert.Equal(TestDevices.Now, letter.ReceivedAt);
        Assert.Equal(bytes, Convert.FromBase64String(letter.Payload));
        Assert.False(await harness.Bus.Published.Any<RiverLevelObserved>());
    }

    [Fact]
    public async Task Same_reading_delivered_twice_is_published_once_and_the_copy_is_dead_lettered_as_duplicate()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var bytes = Payloads.Bytes(Payloads.For(TestDevices.Gauge, seq: 7));

        await harness.HandleAsync(Payloads.Topic(TestDevices.Gauge), bytes);
        await harness.HandleAsync(Payloads.Topic(TestDevices.Gauge), bytes);

        Assert.Single(harness.Bus.Published.Select<RiverLevelObserved>());
        Assert.Equal(RejectionReasons.Duplicate, Assert.Single(harness.DeadLetters.Sent).Letter.Reason);
    }

    [Fact]
    public async Task Reading_from_an_unregistered_device_is_dead_lettered_under_the_id_it_claimed()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var stranger = TestDevices.Of(Devices.DeviceType.RiverGauge, "gauge-stranger");

        await harness.HandleAsync(Payloads.Topic(stranger), Payloads.Bytes(Payloads.For(stranger)));

        var (deviceId, letter) = Assert.Single(harness.DeadLetters.Sent);
        Assert.Equal(("gauge-stranger", RejectionReasons.UnknownDevice), (deviceId, letter.Reason));
    }

    [Fact]
    public async Task Huge_payload_is_dead_lettered_with_its_first_bytes_only()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var huge = Encoding.UTF8.GetBytes(new string('x', 1_000_000));

        await harness.HandleAsync(Payloads.Topic(TestDevices.Gauge), huge);

        var letter = Assert.Single(harness.DeadLetters.Sent).Letter;
        Assert.Equal((RejectionReasons.PayloadTooLarge, 1_000_000, true), (letter.Reason, letter.PayloadLength, letter.PayloadTruncated));
        Assert.Equal(DeadLetter.MaxPayloadBytes, Convert.FromBase64String(letter.Payload).Length);
    }

    [Fact]
    public async Task Handler_never_throws_on_fuzzed_input_and_dead_letters_every_payload_it_does_not_publish()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var handled = 0;
        var property = Prop.ForAll(Arb.From(FuzzInputs.Cases), (FuzzCase input) =>
        {
            harness.HandleAsync(input.Topic, input.Payload).GetAwaiter().GetResult();
            handled++;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true), property);

        var published = harness.Bus.Published.Select(m => true).Count();
        Assert.Equal(handled, published + harness.DeadLetters.Sent.Count);
        Assert.All(harness.DeadLetters.Sent, s => Assert.Contains(s.Letter.Reason, RejectionReasons.All));
    }
}
