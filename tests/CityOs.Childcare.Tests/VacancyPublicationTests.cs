using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;
using CityOs.Contracts.Childcare;
using MassTransit;

namespace CityOs.Childcare.Tests;

/// <summary>Vacancies leave as open data on the bus whenever places change, and carry nothing about who holds them.</summary>
public sealed class VacancyPublicationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Placement_withdrawal_and_capacity_changes_publish_vacancies_without_personal_data()
    {
        await using var host = new ChildcareHost(output);
        var listener = new VacancyListener();
        var handle = host.Bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, e => e.Handler<FacilityVacancyChanged>(listener.Handle));
        await handle.Ready;

        // ns-odono, age class 2: capacity 12, enrolled 11. The run places the child and the place is gone.
        var application = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-vacancy", 2, ["ns-odono"]), HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, "/api/childcare/v1/allocation-runs", new { }, HttpStatusCode.Created);
        var taken = await listener.WaitForAsync("ns-odono", 2, 0);

        // The family withdraws: the place is free again, in a newer version.
        await ChildcareHost.PostJson(host.Staff, $"{ApplicationBodies.Path}/{application["id"]}/withdraw", new { }, HttpStatusCode.OK);
        var freed = await listener.WaitForAsync("ns-odono", 2, 1, afterVersion: taken.Version);
        Assert.True(freed.AsOf >= taken.AsOf);

        // The city raises the capacity of age class 3 (capacity 15, enrolled 12) to 20.
        Assert.Equal(HttpStatusCode.OK, (await host.Staff.PutAsJsonAsync("/api/childcare/v1/facilities/ns-odono/age-classes/3/capacity", new { capacity = 20 })).StatusCode);
        await listener.WaitForAsync("ns-odono", 3, 8, afterVersion: freed.Version);

        Assert.All(listener.Received, r =>
        {
            Assert.DoesNotContain("c-vacancy", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("parent-of", r.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Vacancies_reach_a_separate_subscriber_over_rabbitmq()
    {
        var prefix = TestEnvironment.UniqueName("cc-vac");
        var listener = new VacancyListener();
        var subscriber = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(TestEnvironment.RabbitMq));
            // The city bus sends raw JSON with MassTransit's headers as transport headers (Bus:Serializer).
            cfg.UseRawJsonDeserializer(RawSerializerOptions.AddTransportHeaders | RawSerializerOptions.CopyHeaders, isDefault: true);
            cfg.ReceiveEndpoint($"{prefix}-open-data", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<FacilityVacancyChanged>(listener.Handle);
            });
        });
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await subscriber.StartAsync(starting.Token);
        try
        {
            await using var host = new ChildcareHost(output, new Dictionary<string, string?>
            {
                ["Bus:Transport"] = "RabbitMq",
                ["Bus:RabbitMq"] = TestEnvironment.RabbitMq,
                ["Bus:QueuePrefix"] = prefix,
            });
            // ns-shiraishi age class 4: capacity 18, enrolled 15; the city adds two places.
            Assert.Equal(HttpStatusCode.OK, (await host.Staff.PutAsJsonAsync("/api/childcare/v1/facilities/ns-shiraishi/age-classes/4/capacity", new { capacity = 20 })).StatusCode);
            var message = await listener.WaitForAsync("ns-shiraishi", 4, 5);
            Assert.True(message.Version > 1);
        }
        finally
        {
            await subscriber.StopAsync();
        }
    }
}
