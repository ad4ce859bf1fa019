using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Identity;

/// <summary>Staff accounts from configuration; passwords are checked against PBKDF2 hashes, never stored in clear.</summary>
public sealed class StaffDirectory(IOptionsMonitor<IdentityOptions> options)
{
    private static readonly PasswordHasher<StaffAccountOptions> Hasher = new();

    // A fixed hash to verify against when the name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new StaffAccountOptions(), "decoy-" + Guid.NewGuid());

    public static string Hash(string password) => Hasher.HashPassword(new StaffAccountOptions(), password);

    public StaffAccountOptions? Find(string userName) =>
        options.CurrentValue.Staff.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.Ordinal));

    public StaffAccountOptions? Verify(string userName, string password)
    {
        var account = Find(userName);
        var result = Hasher.VerifyHashedPassword(account ?? new StaffAccountOptions(), account?.PasswordHash ?? DecoyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }
}
