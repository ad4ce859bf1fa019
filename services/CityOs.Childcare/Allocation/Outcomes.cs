using System.Globalization;
using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Allocation;

/// <summary>Turns the allocator's explanation into what a family reads, in Japanese and English, with facility names.</summary>
public static class Outcomes
{
    public static ApplicationOutcome From(string runId, ChildcareApplication application, FamilyExplanation explanation, FacilitySnapshot facilities)
    {
        string Name(string id, bool ja) => facilities.Find(id) is { } f ? (ja ? f.NameJa : f.NameEn) : id;
        var children = explanation.Children.Select(c => new ChildOutcome(c.ChildId, c.Facility, c.KeptCurrentPlace, [.. c.Waiting.Select(w =>
            new WaitingLine(w.FacilityId, w.Position, w.CutoffScore, w.ChildScore,
                $"{Name(w.FacilityId, true)}: 待機{w.Position}番目、最後に内定した方は{Points(w.CutoffScore, "新規内定なし")}、あなたは{Points(w.ChildScore, "対象外")}",
                $"{Name(w.FacilityId, false)}: waiting position {w.Position}; last admitted had {Points(w.CutoffScore, "no new admission")}; you have {Points(w.ChildScore, "not ranked")}"))])).ToList();
        var placedJa = string.Join("、", children.Select(c => c.Facility is { } f ? $"{Name(f, true)}に内定" : "保留（待機）"));
        var placedEn = string.Join(", ", children.Select(c => c.Facility is { } f ? $"offered {Name(f, false)}" : "waiting"));
        var granted = explanation.OptionIndex is { } i ? i + 1 : (int?)null;
        return new ApplicationOutcome(runId, granted, children,
            granted is { } g ? $"第{g}希望が決まりました: {placedJa}" : $"希望の施設に空きがありませんでした: {placedJa}",
            granted is { } e ? $"Preference {e} granted: {placedEn}" : $"No listed preference could be granted: {placedEn}");
    }

    private static string Points(double? value, string none) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + " pt" : none;
}
