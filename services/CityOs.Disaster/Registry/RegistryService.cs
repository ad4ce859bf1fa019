using System.Security.Cryptography;
using System.Text;
using CityOs.Disaster.Districts;

namespace CityOs.Disaster.Registry;

/// <summary>Enrols residents into the registry: identity to Consent's vault, planning facts here.</summary>
public sealed class RegistryService(IResidentEnrolment enrolment, RegistryStore registry, DistrictCatalogue districts, TimeProvider time)
{
    private const int Parallelism = 8;

    public async Task<ImportReport> ImportAsync(TextReader csv, string? staffId, CancellationToken cancellationToken)
    {
        var parsed = RegistryCsv.Parse(csv, districts.Codes, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), staffId);
        var imported = 0;
        var existing = 0;
        await Parallel.ForEachAsync(parsed.Rows, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            var (_, added) = await EnrolAsync(row.Applicant, ct);
            _ = added ? Interlocked.Increment(ref imported) : Interlocked.Increment(ref existing);
        });

        return new ImportReport
        {
            RowsRead = parsed.RowsRead,
            Imported = imported,
            AlreadyRegistered = existing,
            Refused = parsed.Problems.Where(p => p.Field != "header").Select(p => p.Line).Distinct().Count(),
            Problems = parsed.Problems,
        };
    }

    public async Task<(RegistryEntry Entry, bool Added)> EnrolAsync(RegistryApplicant applicant, CancellationToken cancellationToken)
    {
        var pseudonym = await enrolment.EnrolAsync(applicant, cancellationToken);
        if (registry.Find(pseudonym) is { } known)
        {
            return (known, false);
        }

        var centre = districts.Find(applicant.District)!;
        var (dLat, dLon) = Offset(pseudonym);
        var entry = new RegistryEntry
        {
            Pseudonym = pseudonym,
            District = applicant.District,
            Lat = Math.Round(centre.Lat + dLat, 4),
            Lon = Math.Round(centre.Lon + dLon, 4),
            Needs = applicant.Needs,
            CareLevel = applicant.CareLevel,
            RegisteredAt = time.GetUtcNow(),
        };
        var added = await registry.AddAsync(entry, cancellationToken);
        return (added ? entry : registry.Find(pseudonym) ?? entry, added);
    }

    /// <summary>Up to about ±1.5 km from the centre, stable per pseudonym, unrelated to the real address.</summary>
    private static (double Lat, double Lon) Offset(string pseudonym)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(pseudonym));
        double Unit(int i) => BitConverter.ToUInt16(hash, i) / (double)ushort.MaxValue * 2 - 1;
        return (Unit(0) * 0.013, Unit(2) * 0.016);
    }
}
