using System.Globalization;
using CityOs.Mobility.Transit;
using CityOs.Mobility.Transit.Departures;
using CityOs.Mobility.Transit.Gtfs;
using CityOs.Mobility.Transit.Model;
using CityOs.Mobility.Transit.Realtime;
using CityOs.Mobility.Transit.Realtime.Protobuf;
using CityOs.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Mobility.Apis;

public static class TransitApi
{
    private static readonly JsonFormatter RealtimeJson = new(JsonFormatter.Settings.Default);

    public static RouteGroupBuilder MapTransitApi(this RouteGroupBuilder group)
    {
        var open = group.MapGroup("").WithTags("Transit");
        open.MapGet("/stops", ListStopsAsync).WithName("ListStops").WithSummary("Every bus stop, pole and station of the current feed (open data).");
        open.MapGet("/stops/{stopId}", GetStopAsync).WithName("GetStop").WithSummary("One stop with its Japanese, English and kana names.");
        open.MapGet("/stops/{stopId}/departures", DeparturesAsync).WithName("ListDepartures")
            .WithSummary("Next departures from a stop, or from every pole of a station: scheduled, and estimated where a bus reports its position.");
        open.MapGet("/routes", ListRoutesAsync).WithName("ListRoutes").WithSummary("Every bus route of the current feed (open data).");
        open.MapGet("/gtfs", GetFeedAsync).WithName("GetGtfsFeed").WithSummary("Version and size of the timetable in use.");

        var realtime = group.MapGroup("/gtfs-rt").WithTags("GTFS-Realtime");
        realtime.MapGet("/vehicle-positions", VehiclePositionsAsync).WithName("GtfsRealtimeVehiclePositions")
            .WithSummary("GTFS-Realtime VehiclePositions (application/x-protobuf; ?format=json to read it).");
        realtime.MapGet("/trip-updates", TripUpdatesAsync).WithName("GtfsRealtimeTripUpdates")
            .WithSummary("GTFS-Realtime TripUpdates with the delay carried to every stop ahead (application/x-protobuf; ?format=json to read it).");

        var staff = group.MapGroup("").WithTags("Transit").RequireAuthorization(CityPolicies.Staff);
        staff.MapPost("/gtfs", ImportAsync).WithName("ImportGtfs")
            .WithSummary("Replaces the timetable with a GTFS or GTFS-JP zip; a feed with any error is rejected whole, listing file, line and reason.")
            .Accepts<Stream>("application/zip", "multipart/form-data");
        staff.MapPut("/vehicles/{vehicleId}/assignment", AssignAsync).WithName("AssignVehicle")
            .WithSummary("Sets the trip a vehicle runs, for on-board units that do not report one.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TransitStop>>> ListStopsAsync(TimetableCache timetables, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TransitStop>>([.. ((await timetables.GetAsync(cancellationToken))?.Stops.Values ?? []).OrderBy(s => s.StopId, StringComparer.Ordinal)]);

    private static async Task<Results<Ok<TransitStop>, NotFound>> GetStopAsync(string stopId, TimetableCache timetables, CancellationToken cancellationToken) =>
        (await timetables.GetAsync(cancellationToken))?.Stops.GetValueOrDefault(stopId) is { } stop ? TypedResults.Ok(stop) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<TransitRoute>>> ListRoutesAsync(TimetableCache timetables, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TransitRoute>>([.. ((await timetables.GetAsync(cancellationToken))?.Routes.Values ?? []).OrderBy(r => r.RouteId, StringComparer.Ordinal)]);

    private static async Task<Results<Ok<GtfsFeedPointer>, NotFound>> GetFeedAsync(TransitFeedStore feeds, CancellationToken cancellationToken) =>
        await feeds.GetPointerAsync(cancellationToken) is { } pointer ? TypedResults.Ok(pointer) : TypedResults.NotFound();

    private static async Task<Results<Ok<DepartureBoard>, NotFound, ValidationProblem>> DeparturesAsync(
        string stopId, string? at, int? limit, DepartureBoardService boards, CancellationToken cancellationToken)
    {
        DateTime? when = null;
        if (at is not null)
        {
            if (!DateTime.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            {
                return Invalid("at", $"'{at}' is not a date and time such as 2026-11-26T08:00:00+09:00 (without an offset it is read as the feed's local time).");
            }

            when = parsed;
        }

        if (limit is < 1 or > 50)
        {
            return Invalid("limit", "limit must be from 1 to 50.");
        }

        var board = await boards.GetAsync(stopId, when, limit ?? 10, cancellationToken);
        return board is null ? TypedResults.NotFound() : TypedResults.Ok(board);
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ValidationProblem>> VehiclePositionsAsync(
        string? format, GtfsRealtimeFeeds feeds, CancellationToken cancellationToken) =>
        Realtime(format, await feeds.VehiclePositionsAsync(cancellationToken));

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ValidationProblem>> TripUpdatesAsync(
        string? format, GtfsRealtimeFeeds feeds, CancellationToken cancellationToken) =>
        Realtime(format, await feeds.TripUpdatesAsync(cancellationToken));

    private static Results<FileContentHttpResult, ContentHttpResult, ValidationProblem> Realtime(string? format, FeedMessage feed) => format switch
    {
        null or "protobuf" => TypedResults.Bytes(feed.ToByteArray(), "application/x-protobuf"),
        "json" => TypedResults.Text(RealtimeJson.Format(feed), "application/json"),
        _ => Invalid("format", "format must be 'protobuf' (the default) or 'json'."),
    };

    private static async Task<Results<Ok<GtfsImportReport>, ValidationProblem>> ImportAsync(HttpRequest request, GtfsImporter importer, CancellationToken cancellationToken)
    {
        var issues = new GtfsIssues();
        await using var zip = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count == 0)
            {
                return Invalid("feed", "Attach the feed as a zip file.");
            }

            await form.Files[0].CopyToAsync(zip, cancellationToken);
        }
        else
        {
            await request.Body.CopyToAsync(zip, cancellationToken);
        }

        zip.Position = 0;
        var report = await importer.ImportAsync(GtfsSource.FromZip(zip, issues), issues, cancellationToken);
        if (report.Imported)
        {
            return TypedResults.Ok(report);
        }

        var errors = report.Errors.GroupBy(e => e.File).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray());
        return TypedResults.ValidationProblem(errors,
            title: "The GTFS feed was rejected; nothing was imported.",
            detail: $"{report.ErrorCount} error(s){(report.ErrorCount > report.Errors.Count ? $", the first {report.Errors.Count} listed" : "")}.",
            extensions: new Dictionary<string, object?> { ["errorCount"] = report.ErrorCount });
    }

    private static async Task<Results<Ok<VehicleAssignment>, ValidationProblem>> AssignAsync(
        string vehicleId, AssignVehicleRequest body, TimetableCache timetables, VehicleStateStore vehicles, TimeProvider time, CancellationToken cancellationToken)
    {
        if ((await timetables.GetAsync(cancellationToken))?.Trips.ContainsKey(body.TripId) != true)
        {
            return Invalid("tripId", $"Trip '{body.TripId}' is not in the current feed.");
        }

        var assignment = new VehicleAssignment { VehicleId = vehicleId, TripId = body.TripId, ServiceDate = body.ServiceDate, AssignedAt = time.GetUtcNow() };
        await vehicles.SetAssignmentAsync(assignment, cancellationToken);
        return TypedResults.Ok(assignment);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
