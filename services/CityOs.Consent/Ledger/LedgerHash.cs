using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CityOs.Consent.Ledger;

/// <summary>SHA-256 over the previous hash and a fixed, culture-free rendering of every field, so anyone holding the chain can recompute it.</summary>
public static class LedgerHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(LedgerEntry e)
    {
        var text = string.Join('\u001f',
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Kind,
            e.SubjectRef,
            e.PurposeId,
            e.Source ?? "",
            e.Recipient ?? "",
            string.Join(',', e.Categories),
            e.Basis,
            e.Flagged ? "1" : "0");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
