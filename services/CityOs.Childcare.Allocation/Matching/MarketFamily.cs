namespace CityOs.Childcare.Allocation;

/// <summary>A family's options best first; the status quo is always the last one, since options below it never count.</summary>
/// <param name="Strength">The family's best score anywhere; strong families are processed first.</param>
internal sealed record MarketFamily(int Index, int[] Children, MarketOption[] Options, double Strength)
{
    public int StatusQuo => Options.Length - 1;
}
