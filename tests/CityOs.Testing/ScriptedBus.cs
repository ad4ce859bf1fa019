using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;

namespace CityOs.Testing;

/// <summary>
/// A bus for unit tests of code that publishes: each publish takes the next scripted outcome (fail at once, or hang
/// until cancelled, as a publish whose confirm never comes does), then succeeds and is recorded. Only
/// <c>Publish(object, Type, CancellationToken)</c> is supported; anything else fails the test loudly.
/// </summary>
public class ScriptedBus : DispatchProxy
{
    private readonly ConcurrentQueue<Outcome> _script = new();

    public enum Outcome
    {
        Fail,
        Hang,
    }

    public ConcurrentQueue<object> Published { get; } = new();

    public static (IBus Bus, ScriptedBus Script) Create(params Outcome[] script)
    {
        var bus = DispatchProxy.Create<IBus, ScriptedBus>();
        var scripted = (ScriptedBus)(object)bus;
        foreach (var outcome in script)
        {
            scripted._script.Enqueue(outcome);
        }

        return (bus, scripted);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var parameters = targetMethod?.GetParameters().Select(p => p.ParameterType).ToArray();
        if (targetMethod?.Name != nameof(IPublishEndpoint.Publish) || parameters is null
            || !parameters.SequenceEqual([typeof(object), typeof(Type), typeof(CancellationToken)]))
        {
            throw new NotSupportedException($"ScriptedBus does not script {targetMethod?.Name}({string.Join(", ", parameters?.Select(p => p.Name) ?? [])}).");
        }

        return PublishAsync(args![0]!, (CancellationToken)args[2]!);
    }

    private async Task PublishAsync(object message, CancellationToken cancellationToken)
    {
        if (_script.TryDequeue(out var outcome))
        {
            if (outcome == Outcome.Hang)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            throw new InvalidOperationException("scripted publish failure (broker unreachable)");
        }

        Published.Enqueue(message);
    }
}
