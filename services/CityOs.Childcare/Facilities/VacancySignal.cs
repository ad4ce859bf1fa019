namespace CityOs.Childcare.Facilities;

/// <summary>Wakes the relay right after a change instead of at its next sweep; losing a wake-up only delays a message.</summary>
public sealed class VacancySignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another change woke it first: one pass covers both.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
