using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CityOs.Gateway.Identity;

/// <summary>
/// RSA keys kept as PEM files so tokens survive a restart and every Gateway replica sharing the folder signs alike.
/// Services never see these files: they fetch the public half from the Gateway's JWKS document.
/// </summary>
internal static class IdentityKeys
{
    public static RsaSecurityKey LoadOrCreate(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pem");
        var rsa = RSA.Create(2048);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var id = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant();
        return new RsaSecurityKey(rsa) { KeyId = $"{name}-{id}" };
    }
}
