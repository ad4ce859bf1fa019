using System.Security.Cryptography;
using System.Text;

namespace CityOs.Contracts.Consent;

/// <summary>
/// The Gateway asks Consent to redeem a one-time enrolment code the city handed out. Answered with <see cref="EnrolmentCodeRedeemed"/>.
/// The code itself never travels: only its hash, bound to the login id, which is what Consent stores anyway — so the
/// code appears in no queue, log or trace.
/// </summary>
public sealed record RedeemEnrolmentCode
{
    public required string LoginId { get; init; }

    /// <summary><see cref="HashOf"/> of the login id and the code as typed.</summary>
    public required string CodeHash { get; init; }

    /// <summary>Upper-case hex SHA-256 of <c>LOGINID:CODE</c>, both trimmed and upper-cased (codes are printed in capitals).</summary>
    public static string HashOf(string loginId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(loginId.Trim().ToUpperInvariant() + ":" + code.Trim().ToUpperInvariant())));
}
