using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Vault;
using CityOs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Consent.Tests;

/// <summary>
/// The outbox inside the consent record: a change and what it owes are one write, so a process that
/// dies before the ledger line or the cache messages go out leaves them in the document for the sweep.
/// </summary>
public sealed class ConsentOutboxTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ServiceFactory<ConsentEntryPoint> _service = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceFactory<ConsentEntryPoint>(new Dictionary<string, string?> { ["Bus:Transport"] = "InMemory" }, output);
        _ = _service.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_delivered_change_leaves_an_empty_outbox_and_one_ledger_line()
    {
        var (residentId, record) = await GrantAsync("outbox-1");

        var stored = await Records.GetAsync(residentId, record.Id, default);
        Assert.Empty(stored!.Value.Pending);
        Assert.Null(stored.Value.PendingSince);
        Assert.Single(await LedgerLinesAsync(residentId), e => e.Kind == "consent-given" && e.Basis == ConsentRelay.BasisOf(record, 1));
    }

    [Fact]
    public async Task A_change_whose_process_died_before_delivery_is_delivered_by_the_sweep_once()
    {
        var (residentId, record) = await GrantAsync("outbox-2");
        var stored = (await Records.GetAsync(residentId, record.Id, default))!;
        var crashedAt = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1);

        // What a withdrawal looks like when the process dies right after its single write.
        await Records.ReplaceAsync(stored.Value with
        {
            Version = 2,
            State = ConsentState.Withdrawn,
            Pending = [new PendingEffect(2, "consent-withdrawn", "withdrawn", crashedAt)],
            PendingSince = crashedAt,
        }, stored.ETag, default);

        await Eventually.True(async () => (await Records.GetAsync(residentId, record.Id, default))!.Value.Pending.Count == 0,
            TimeSpan.FromSeconds(30), "the sweep to clear the interrupted withdrawal");
        Assert.Single(await LedgerLinesAsync(residentId), e => e.Kind == "consent-withdrawn" && e.Basis == ConsentRelay.BasisOf(record, 2));
        Assert.True((await _service.Services.GetRequiredService<DisclosureLedger>().VerifyAsync(default)).Valid);
    }

    [Fact]
    public async Task A_change_whose_ledger_line_was_written_before_the_crash_does_not_get_a_second_one()
    {
        var (residentId, record) = await GrantAsync("outbox-3");
        var stored = (await Records.GetAsync(residentId, record.Id, default))!;
        var crashedAt = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1);
        var withdrawn = stored.Value with
        {
            Version = 2,
            State = ConsentState.Withdrawn,
            Pending = [new PendingEffect(2, "consent-withdrawn", "withdrawn", crashedAt)],
            PendingSince = crashedAt,
        };
        await Records.ReplaceAsync(withdrawn, stored.ETag, default);
        var vault = _service.Services.GetRequiredService<IdentityVault>();
        var purpose = _service.Services.GetRequiredService<PurposeCatalogue>().Find(record.PurposeId)!;
        await _service.Services.GetRequiredService<DisclosureLedger>().AppendAsync(new LedgerDraft("consent-withdrawn",
            await vault.PseudonymAsync(residentId, ConsentRelay.LedgerDomain, default), record.PurposeId, purpose.Source,
            string.Join(',', record.Recipients), record.Categories, ConsentRelay.BasisOf(record, 2), Flagged: false), default);

        await Eventually.True(async () => (await Records.GetAsync(residentId, record.Id, default))!.Value.Pending.Count == 0,
            TimeSpan.FromSeconds(30), "the sweep to clear the interrupted withdrawal");
        Assert.Single(await LedgerLinesAsync(residentId), e => e.Kind == "consent-withdrawn");
    }

    private ConsentStore Records => _service.Services.GetRequiredService<ConsentStore>();

    private async Task<(string ResidentId, ConsentRecord Record)> GrantAsync(string name)
    {
        var vault = _service.Services.GetRequiredService<IdentityVault>();
        var enrolment = await vault.EnrolAsync(new NewResident
        {
            Name = name,
            BirthDate = new DateOnly(1944, 5, 6),
            Address = "山口市大殿1-1",
            District = "odono",
            EnrolledVia = "app",
        }, default);
        using var scope = _service.Services.CreateScope();
        var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
        var catalogue = _service.Services.GetRequiredService<PurposeCatalogue>();
        var record = await consents.GrantAsync(enrolment.ResidentId, new GrantConsent { PurposeId = "evacuation-ride", Method = ConsentMethod.App, NoticeVersion = catalogue.Version }, default);
        return (enrolment.ResidentId, record);
    }

    private async Task<IReadOnlyList<LedgerEntry>> LedgerLinesAsync(string residentId)
    {
        var vault = _service.Services.GetRequiredService<IdentityVault>();
        return await _service.Services.GetRequiredService<DisclosureLedger>().ForSubjectAsync(await vault.PseudonymAsync(residentId, ConsentRelay.LedgerDomain, default), default);
    }
}
