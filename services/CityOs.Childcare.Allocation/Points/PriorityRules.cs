using System.Text.Json;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// A municipality's points table (利用調整基準): per-parent base points by reason, of which each parent scores the
/// best that applies, and household adjustments. Kept as data so that a city changes its table without a release.
/// </summary>
public sealed record PriorityRules(string Name, IReadOnlyList<ParentRule> ParentRules, IReadOnlyList<AdjustmentRule> Adjustments)
{
    /// <summary>The bundled table, resembling typical Japanese municipal tables.</summary>
    public static PriorityRules Default { get; } = LoadDefault();

    public static PriorityRules FromJson(string json)
    {
        var rules = JsonSerializer.Deserialize<PriorityRules>(json, JsonSerializerOptions.Web)
            ?? throw new FormatException("priority rules: empty document");
        rules.Validate();
        return rules;
    }

    private void Validate()
    {
        if (string.IsNullOrEmpty(Name) || ParentRules is null || Adjustments is null)
        {
            throw new FormatException("priority rules: name, parentRules and adjustments are required");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ParentRules)
        {
            if (string.IsNullOrEmpty(rule.Code) || string.IsNullOrEmpty(rule.Reason) || !codes.Add(rule.Code))
            {
                throw new FormatException($"priority rules: parent rule \"{rule.Code}\" needs a unique code and a reason");
            }

            if (rule.MinHours > rule.MaxHours)
            {
                throw new FormatException($"priority rules: parent rule \"{rule.Code}\" has minHours above maxHours");
            }
        }

        foreach (var rule in Adjustments)
        {
            if (string.IsNullOrEmpty(rule.Code) || !codes.Add(rule.Code))
            {
                throw new FormatException($"priority rules: adjustment \"{rule.Code}\" needs a unique code");
            }
        }
    }

    private static PriorityRules LoadDefault()
    {
        using var stream = typeof(PriorityRules).Assembly.GetManifestResourceStream("CityOs.Childcare.Allocation.default-priority-rules.json")
            ?? throw new InvalidOperationException("default priority rules are not embedded");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
