using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Applications;

/// <summary>Refuses impossible applications up front, each reason against the field it concerns (bilingual).</summary>
public static class ApplicationValidator
{
    public static Dictionary<string, string[]> Validate(ApplicationRequest request, FacilitySnapshot facilities)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (request.ParentPseudonyms.Count == 0 || request.ParentPseudonyms.Any(string.IsNullOrWhiteSpace))
        {
            Add("parentPseudonyms", "保護者の仮名IDが必要です (a parent pseudonym from Consent is required)");
        }

        if (request.Parents.Count == 0)
        {
            Add("parents", "保護者の状況を入力してください (parents' circumstances are required)");
        }

        if (request.Children.Count == 0)
        {
            Add("children", "申込児童がいません (no child in the application)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Children.Count; i++)
        {
            var child = request.Children[i];
            var at = $"children[{i}]";
            if (string.IsNullOrWhiteSpace(child.Pseudonym))
            {
                Add($"{at}.pseudonym", "児童の仮名IDが必要です (the child's pseudonym is required)");
            }
            else if (!seen.Add(child.Pseudonym))
            {
                Add($"{at}.pseudonym", "同じ児童が重複しています (the same child appears twice)");
            }

            var preferences = child.Preferences ?? [];
            if (preferences.Count == 0)
            {
                Add($"{at}.preferences", "希望施設を1つ以上選んでください (choose at least one facility)");
            }

            if (preferences.Count > ChildcareOptions.MaxPreferences)
            {
                Add($"{at}.preferences", $"希望施設は{ChildcareOptions.MaxPreferences}つまでです (at most {ChildcareOptions.MaxPreferences} preferences)");
            }

            if (preferences.Distinct(StringComparer.Ordinal).Count() != preferences.Count)
            {
                Add($"{at}.preferences", "同じ施設が重複しています (a facility is listed twice)");
            }

            for (var p = 0; p < preferences.Count; p++)
            {
                CheckFacility(facilities.Find(preferences[p]), preferences[p], child.AgeClass, $"{at}.preferences[{p}]", Add);
            }

            if (preferences.Select(facilities.Find).OfType<ChildcareFacility>().Select(f => f.IsClub).Distinct().Count() > 1)
            {
                Add($"{at}.preferences", "保育施設と放課後児童クラブは別々に申し込んでください (apply for nurseries and after-school clubs separately)");
            }

            if (child.CurrentFacility is { } current && facilities.Find(current) is null)
            {
                Add($"{at}.currentFacility", $"施設 {current} はありません (no facility {current})");
            }
        }

        CheckCombinations(request, facilities, Add);
        return errors;
    }

    private static void CheckFacility(ChildcareFacility? facility, string id, int ageClass, string field, Action<string, string> add)
    {
        if (facility is null)
        {
            add(field, $"施設 {id} はありません (no facility {id})");
        }
        else if (!facility.Open)
        {
            add(field, $"{facility.NameJa}は募集を停止しています ({facility.NameEn} is closed)");
        }
        else if (!facility.Offers(ageClass))
        {
            add(field, facility.IsClub
                ? $"{facility.NameJa}に{ageClass}年生のクラスはありません ({facility.NameEn} has no school year {ageClass})"
                : $"{facility.NameJa}に{ageClass}歳児クラスはありません ({facility.NameEn} has no age class {ageClass})");
        }
    }

    private static void CheckCombinations(ApplicationRequest request, FacilitySnapshot facilities, Action<string, string> add)
    {
        for (var i = 0; i < request.Combinations.Count; i++)
        {
            var option = request.Combinations[i];
            if (option.Count != request.Children.Count)
            {
                add($"combinations[{i}]", "組み合わせは児童ごとに1施設を指定します (one facility or null per child)");
                continue;
            }

            for (var slot = 0; slot < option.Count; slot++)
            {
                if (option[slot] is { } id)
                {
                    CheckFacility(facilities.Find(id), id, request.Children[slot].AgeClass, $"combinations[{i}][{slot}]", add);
                }
            }
        }
    }
}
