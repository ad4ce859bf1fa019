using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;

namespace CityOs.Consent.Apis;

/// <summary>A consent as the resident reads it: what, to whom, why, until when — in both languages.</summary>
public sealed record ConsentView(
    string Id,
    int Version,
    string PurposeId,
    string PurposeJa,
    string PurposeEn,
    IReadOnlyList<DataCategory> Categories,
    IReadOnlyList<string> Recipients,
    string State,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    string Method,
    ProxyInfo? Proxy,
    IReadOnlyList<ConsentEvent> Events)
{
    public static ConsentView From(ConsentRecord record, PurposeCatalogue catalogue)
    {
        var purpose = catalogue.Find(record.PurposeId);
        return new ConsentView(record.Id, record.Version, record.PurposeId, purpose?.Ja ?? record.PurposeId, purpose?.En ?? record.PurposeId,
            [.. record.Categories.Select(c => catalogue.Category(c) ?? new DataCategory(c, "", c, c))],
            record.Recipients, record.State.ToString(), record.ValidFrom, record.ValidUntil, record.Method.ToString(), record.Proxy, record.Events);
    }
}

/// <summary>One line of the resident's data tracker.</summary>
public sealed record TrackerEntry(
    long Sequence,
    DateTimeOffset At,
    string Kind,
    string PurposeId,
    string PurposeJa,
    string PurposeEn,
    string? Source,
    string? Recipient,
    IReadOnlyList<DataCategory> Categories,
    string Basis,
    bool BreakGlass)
{
    public static TrackerEntry From(LedgerEntry entry, PurposeCatalogue catalogue)
    {
        var purpose = catalogue.Find(entry.PurposeId);
        return new TrackerEntry(entry.Sequence, entry.At, entry.Kind, entry.PurposeId, purpose?.Ja ?? entry.PurposeId, purpose?.En ?? entry.PurposeId,
            entry.Source, entry.Recipient, [.. entry.Categories.Select(c => catalogue.Category(c) ?? new DataCategory(c, "", c, c))], entry.Basis, entry.Flagged);
    }
}
