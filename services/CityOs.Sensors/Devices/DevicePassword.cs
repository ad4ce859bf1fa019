using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CityOs.Sensors.Devices;

/// <summary>
/// Broker passwords, hashed in mosquitto's own <c>$7$</c> format (PBKDF2-HMAC-SHA512), so the registry can
/// write a mosquitto password file without ever holding a plain password, and the embedded broker checks the same hash.
/// </summary>
public static class DevicePassword
{
    public const int MinimumLength = 16;
    private const int Iterations = 1000;
    private const int SaltBytes = 12;
    private const int HashBytes = 64;

    /// <summary>A fresh random password (256 bits), shown to the operator once and never stored.</summary>
    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA512, HashBytes);
        return $"$7${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string? password, string? stored)
    {
        if (password is null || stored is null)
        {
            return false;
        }

        var parts = stored.Split('$');
        if (parts is not ["", "7", var iterationText, var saltText, var hashText]
            || !int.TryParse(iterationText, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 1 or > 1_000_000)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(saltText);
            var expected = Convert.FromBase64String(hashText);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
