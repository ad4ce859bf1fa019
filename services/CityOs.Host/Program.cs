using CityOs.Host;
using CityOs.Host.Demo;

if (DemoCommand.IsDemo(args))
{
    return await DemoCommand.RunAsync(args, Console.Out);
}

var app = CityHost.Build(args);
app.AnnounceUrls();
await app.RunAsync();
return 0;
