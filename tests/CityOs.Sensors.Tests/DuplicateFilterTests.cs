using CityOs.Sensors.Ingestion;

namespace CityOs.Sensors.Tests;

public sealed class DuplicateFilterTests
{
    private static readonly DateTimeOffset T = TestDevices.Now;

    [Fact]
    public void Sequence_seen_before_is_a_duplicate_and_a_new_one_is_not()
    {
        var filter = new DuplicateFilter();
        filter.Record("d1", 10, T);

        Assert.True(filter.IsDuplicate("d1", 10, T));
        Assert.False(filter.IsDuplicate("d1", 11, T));
        Assert.False(filter.IsDuplicate("d2", 10, T));
    }

    [Fact]
    public void Late_reading_inside_the_window_that_was_not_seen_is_accepted_once()
    {
        var filter = new DuplicateFilter();
        filter.Record("d1", 10, T);
        filter.Record("d1", 12, T.AddSeconds(2));

        Assert.False(filter.IsDuplicate("d1", 11, T.AddSeconds(1)));
        filter.Record("d1", 11, T.AddSeconds(1));
        Assert.True(filter.IsDuplicate("d1", 11, T.AddSeconds(1)));
        Assert.True(filter.IsDuplicate("d1", 10, T));
    }

    [Fact]
    public void Old_sequence_far_below_the_window_is_a_replay_unless_its_timestamp_is_newer()
    {
        var filter = new DuplicateFilter();
        filter.Record("d1", 1000, T);

        Assert.True(filter.IsDuplicate("d1", 5, T.AddMinutes(-10)));
        Assert.False(filter.IsDuplicate("d1", 1, T.AddMinutes(1)));
    }

    [Fact]
    public void Device_that_restarts_its_counter_is_followed_from_the_new_counter()
    {
        var filter = new DuplicateFilter();
        filter.Record("d1", 1000, T);
        filter.Record("d1", 1, T.AddMinutes(1));

        Assert.True(filter.IsDuplicate("d1", 1, T.AddMinutes(1)));
        Assert.False(filter.IsDuplicate("d1", 2, T.AddMinutes(2)));
    }

    [Fact]
    public void Big_jump_forward_forgets_the_old_window()
    {
        var filter = new DuplicateFilter();
        filter.Record("d1", 1, T);
        filter.Record("d1", 1 + DuplicateFilter.Window * 3, T.AddMinutes(1));

        Assert.True(filter.IsDuplicate("d1", 1 + DuplicateFilter.Window * 3, T.AddMinutes(1)));
        Assert.False(filter.IsDuplicate("d1", 2 + DuplicateFilter.Window * 3, T.AddMinutes(2)));
    }
}
