using Microsoft.EntityFrameworkCore;

namespace CityOs.Gateway.Identity;

/// <summary>Holds only OpenIddict's own tables (see docs/auth.md for why these are not in the document store).</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options);
