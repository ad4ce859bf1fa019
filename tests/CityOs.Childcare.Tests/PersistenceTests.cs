using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

/// <summary>Everything the service keeps outlives the process: a second host over the same store sees it all.</summary>
public sealed class PersistenceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task State_survives_a_restart_on_the_same_sqlite_file()
    {
        var folder = Directory.CreateTempSubdirectory("childcare-restart-");
        try
        {
            var settings = StoreSettings.SqliteFile(Path.Combine(folder.FullName, "childcare.db"));
            RestartScenario.Written written;
            await using (var first = new ChildcareHost(output, settings))
            {
                written = await RestartScenario.WriteAsync(first);
            }

            await using var second = new ChildcareHost(output, settings);
            await RestartScenario.VerifyAsync(second, written);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task State_survives_a_restart_on_cosmos()
    {
        var settings = StoreSettings.Cosmos("childcare-" + Guid.NewGuid().ToString("N")[..8]);
        RestartScenario.Written written;
        await using (var first = new ChildcareHost(output, settings))
        {
            written = await RestartScenario.WriteAsync(first);
        }

        await using var second = new ChildcareHost(output, settings);
        await RestartScenario.VerifyAsync(second, written);
    }
}
