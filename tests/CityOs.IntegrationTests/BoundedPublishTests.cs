using CityOs.ServiceDefaults.Bus;

namespace CityOs.IntegrationTests;

/// <summary>A publish whose confirm never comes is abandoned at its deadline with an error the caller can retry on.</summary>
public sealed class BoundedPublishTests
{
    [Fact]
    public async Task A_hung_publish_fails_at_its_deadline_and_the_next_one_goes_out()
    {
        var (bus, script) = ScriptedBus.Create(ScriptedBus.Outcome.Hang);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var error = await Assert.ThrowsAsync<PublishNotConfirmedException>(() => bus.PublishWithinAsync("reading", CancellationToken.None, TimeSpan.FromMilliseconds(300)));

        Assert.InRange(System.Diagnostics.Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
        await bus.PublishWithinAsync("reading", CancellationToken.None, TimeSpan.FromMilliseconds(300));
        Assert.Equal("reading", Assert.Single(script.Published));
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        var (bus, _) = ScriptedBus.Create(ScriptedBus.Outcome.Hang);
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bus.PublishWithinAsync("reading", stopping.Token, TimeSpan.FromSeconds(30)));
    }
}
