using CityOs.Consent.Decisions;
using CityOs.Consent.Ledger;
using CityOs.Consent.Statistics;
using CityOs.Contracts.Office;

namespace CityOs.Consent.Office;

/// <summary>
/// The office's view of consent: suppressed opt-in cells, the chain check, and break-glass accesses counted
/// per declaration, recipient and purpose. The ledger's subject references never leave this class.
/// </summary>
public sealed class ConsentOfficeFigures(OptInStatistics optIn, DisclosureLedger ledger, BreakGlassRegistry windows, TimeProvider time)
{
    private const string BreakGlassBasis = "break-glass:";

    public async Task<ConsentFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var cells = await optIn.ComputeAsync(cancellationToken);
        var verification = await ledger.VerifyAsync(cancellationToken);
        var districtsOf = (await windows.AllAsync(cancellationToken)).ToDictionary(w => BreakGlassBasis + w.DeclarationId.ToString("N"), w => w.Districts, StringComparer.OrdinalIgnoreCase);
        var flagged = await ledger.FlaggedAsync(cancellationToken);
        return new ConsentFigures
        {
            AsOf = time.GetUtcNow(),
            OptIn = [.. cells.Select(c => new OptInFigure(c.PurposeId, c.District, c.Enrolled, c.Consented, c.Rate, c.Suppressed))],
            Ledger = new LedgerStatus(verification.Valid, verification.EntriesChecked, verification.FirstBrokenSequence),
            BreakGlass = [.. flagged.GroupBy(e => (e.Basis, e.PurposeId, e.Recipient)).OrderBy(g => g.Min(e => e.At)).Select(g => new BreakGlassFigure
            {
                Basis = g.Key.Basis,
                PurposeId = g.Key.PurposeId,
                Recipient = g.Key.Recipient,
                Categories = [.. g.SelectMany(e => e.Categories).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Accesses = g.Count(),
                FirstAt = g.Min(e => e.At),
                LastAt = g.Max(e => e.At),
                Districts = districtsOf.GetValueOrDefault(g.Key.Basis) ?? [],
            })],
        };
    }
}
