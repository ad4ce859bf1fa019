using CityOs.Consent.Vault;

namespace CityOs.Consent.Apis;

public sealed record EnrolRequest(
    string? Name,
    string? NameKana,
    DateOnly? BirthDate,
    string? Address,
    string? Phone,
    string? District,
    string? EnrolledVia,
    string? StaffId,
    string? ForDomain)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["name"] = ["氏名を入力してください。 / Name is required."];
        }

        if (BirthDate is not { } born || born > DateOnly.FromDateTime(DateTime.UtcNow) || born.Year < 1900)
        {
            errors["birthDate"] = ["生年月日を正しく入力してください（例: 1945-04-01）。 / A valid birth date is required (e.g. 1945-04-01)."];
        }

        if (string.IsNullOrWhiteSpace(Address))
        {
            errors["address"] = ["住所を入力してください。 / Address is required."];
        }

        if (string.IsNullOrWhiteSpace(District))
        {
            errors["district"] = ["地区を選んでください。 / District is required."];
        }

        if (EnrolledVia is not ("app" or "counter"))
        {
            errors["enrolledVia"] = ["'app' または 'counter' です。 / Must be 'app' or 'counter'."];
        }
        else if (EnrolledVia == "counter" && string.IsNullOrWhiteSpace(StaffId))
        {
            errors["staffId"] = ["窓口での登録には職員IDが必要です。 / Enrolment at a counter records the staff member."];
        }

        return errors;
    }

    public NewResident ToNewResident() => new()
    {
        Name = Name!,
        NameKana = NameKana,
        BirthDate = BirthDate!.Value,
        Address = Address!,
        Phone = Phone,
        District = District!,
        EnrolledVia = EnrolledVia!,
        StaffId = StaffId,
    };
}

/// <summary>Either the resident's own id (app, counter) or a domain's pseudonym, never both.</summary>
public sealed record EnrolResponse(string? ResidentId, string? Pseudonym, bool AlreadyEnrolled);
