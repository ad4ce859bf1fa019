namespace CityOs.Host.Demo;

/// <summary>A plain-console progress bar: redraws one line, so it also reads fine when output is captured.</summary>
internal sealed class ProgressBar(TextWriter output, string label, int total)
{
    private const int Width = 30;
    private int _lastPercent = -1;

    public void Report(int done)
    {
        var percent = total == 0 ? 100 : (int)(100L * done / total);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent * Width / 100;
        output.Write($"\r  {label,-28} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{total}");
        if (done >= total)
        {
            output.WriteLine();
        }
    }
}
