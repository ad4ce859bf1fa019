namespace CityOs.Mobility.Transit.Model;

public sealed record GtfsFeedCounts(int Agencies, int Stops, int Routes, int Trips, int StopTimes, int Services);
