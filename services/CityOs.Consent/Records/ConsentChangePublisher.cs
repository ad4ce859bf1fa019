using CityOs.Consent.Purposes;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;
using CityOs.ServiceDefaults.Bus;
using MassTransit;

namespace CityOs.Consent.Records;

/// <summary>
/// Tells every party of a purpose that a consent changed, each in its own message with its own
/// pseudonym. Each message takes the next change sequence so a cache that misses one notices.
/// </summary>
public sealed class ConsentChangePublisher(IPublishEndpoint bus, IdentityVault vault, ChangeSequence sequence, TimeProvider time)
{
    public async Task PublishAsync(ConsentRecord record, Purpose purpose, string change, CancellationToken cancellationToken)
    {
        foreach (var domain in new[] { purpose.Source }.Concat(purpose.Recipients).Distinct())
        {
            await bus.PublishWithinAsync(new ConsentChanged
            {
                Sequence = await sequence.NextAsync(cancellationToken),
                Domain = domain,
                Pseudonym = await vault.PseudonymAsync(record.SubjectId, domain, cancellationToken),
                ConsentRef = await vault.ConsentRefAsync(domain, record.Id, cancellationToken),
                PurposeId = record.PurposeId,
                Change = change,
                Categories = record.Categories,
                Recipients = record.Recipients,
                ValidUntil = record.ValidUntil,
                At = time.GetUtcNow(),
            }, cancellationToken);
        }
    }
}
