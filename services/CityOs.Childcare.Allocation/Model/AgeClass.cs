namespace CityOs.Childcare.Allocation;

/// <summary>Age classes 0–5 (0歳児クラス … 5歳児クラス) in which nurseries count their places.</summary>
public static class AgeClass
{
    public const int Min = 0;
    public const int Max = 5;
    public const int Count = Max - Min + 1;

    public static bool IsValid(int age) => age is >= Min and <= Max;
}
