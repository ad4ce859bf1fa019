using CityOs.Gateway;
using CityOs.Gateway.Identity;
using CityOs.ServiceDefaults;
using CityOs.ServiceDefaults.Bus;
using CityOs.ServiceDefaults.Security;

if (args is ["hash-password", ..])
{
    // For operators configuring staff accounts: prints the hash to put in Identity:Staff:n:PasswordHash.
    Console.Write("Password: ");
    Console.WriteLine(StaffDirectory.Hash(Console.ReadLine() ?? ""));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults("gateway", 5086);
builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddCityAuthentication();
builder.AddCityBus(bus => bus.AddGatewayConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapGatewayApi();
app.Run();
