using System.Globalization;
using System.Text.RegularExpressions;

namespace CityOs.Disaster.Registry;

/// <summary>One set of rules for the CSV import and for staff enrolling one resident.</summary>
public static partial class ApplicantValidator
{
    public static (RegistryApplicant? Applicant, IReadOnlyList<(string Field, string Reason)> Problems) Validate(
        ApplicantInput input, IReadOnlySet<string> districts, DateOnly today)
    {
        var problems = new List<(string, string)>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(("name", "氏名がありません / name is required"));
        }

        DateOnly born = default;
        if (!DateOnly.TryParseExact(input.BirthDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out born))
        {
            problems.Add(("birth_date", "生年月日は YYYY-MM-DD です / birth date must be YYYY-MM-DD"));
        }
        else if (born > today || born.Year < 1900)
        {
            problems.Add(("birth_date", "生年月日がありえない日付です / birth date is out of range"));
        }

        var address = input.Address?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            problems.Add(("address", "住所がありません / address is required"));
        }

        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            problems.Add(("phone", "電話番号は数字とハイフンです / phone must be digits and hyphens"));
        }

        var district = input.District?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(district) || !districts.Contains(district))
        {
            problems.Add(("district", "地区コードが不明です / unknown district code"));
        }

        var needs = (input.Needs ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct().ToList();
        if (needs.Count == 0)
        {
            problems.Add(("needs", "支援が必要な理由がありません / at least one need is required"));
        }
        else if (needs.FirstOrDefault(n => !SupportNeed.All.Contains(n)) is not null)
        {
            problems.Add(("needs", $"理由は {string.Join("; ", SupportNeed.All)} のいずれかです / unknown need"));
        }

        var careLevel = string.IsNullOrWhiteSpace(input.CareLevel) ? "none" : input.CareLevel.Trim().ToLowerInvariant();
        if (!SupportNeed.CareLevels.Contains(careLevel))
        {
            problems.Add(("care_level", "要介護度は none, support-1..2, care-1..5 です / unknown care level"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new RegistryApplicant
        {
            Name = name!,
            BirthDate = born,
            Address = address!,
            Phone = phone,
            District = district!,
            Needs = needs,
            CareLevel = careLevel,
            StaffId = input.StaffId,
        }, problems);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9\-]{5,19}$")]
    private static partial Regex PhonePattern();
}
