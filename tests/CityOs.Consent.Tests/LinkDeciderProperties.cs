using CityOs.Consent.Decisions;
using CityOs.Consent.Records;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CityOs.Consent.Tests.DecisionTestData;

namespace CityOs.Consent.Tests;

/// <summary>
/// The promise behind every allow, checked on random scenarios against an oracle written separately
/// from the decider: each released category is covered by a valid matching consent or an in-scope break-glass window.
/// </summary>
public sealed class LinkDeciderProperties
{
    private static readonly string[] Parties = ["disaster", "mobility", "childcare", "supporters", "partner:yuda-kotsu", "partner:yamaguchi-taxi", "partner:evil"];
    private static readonly string[] PurposeIds = [.. Catalogue.Purposes.Select(p => p.Id), "unknown-purpose"];
    private static readonly string[] CategoryIds = [.. Catalogue.Categories.Select(c => c.Id), "unknown.category"];
    private static readonly string[] Districts = ["odono", "ogori", "ato"];

    public sealed record Scenario(LinkQuestion Question, List<ConsentRecord> Consents, List<BreakGlassWindow> Windows);

    private static Gen<List<string>> SubsetOf(string[] items) =>
        Gen.ListOf(Gen.Elements(items)).Select(l => l.Distinct().ToList());

    private static readonly Gen<DateTimeOffset> Time = Gen.Choose(-72, 72).Select(h => Now.AddHours(h));

    private static readonly Gen<ConsentRecord> ConsentGen =
        from purpose in Gen.Elements(Catalogue.Purposes.Select(p => p.Id).ToArray())
        from categories in SubsetOf(CategoryIds)
        from recipients in SubsetOf(Parties)
        from state in Gen.Elements(ConsentState.Active, ConsentState.Withdrawn, ConsentState.Expired)
        from start in Time
        from until in Time
        select ConsentFor(purpose, categories, recipients, state, start, until);

    private static readonly Gen<BreakGlassWindow> WindowGen =
        from districts in SubsetOf(Districts)
        from categories in SubsetOf(CategoryIds)
        from start in Time
        from until in Time
        from ended in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), Time.Select(t => (DateTimeOffset?)t))
        select Window(districts, categories, start, until, ended);

    private static readonly Gen<Scenario> ScenarioGen =
        from requester in Gen.Elements(Parties)
        from target in Gen.Elements(Parties)
        from purpose in Gen.Elements(PurposeIds)
        from categories in SubsetOf(CategoryIds)
        from district in Gen.Elements(Districts)
        from consents in Gen.ListOf(ConsentGen).Select(l => l.Take(4).ToList())
        from windows in Gen.ListOf(WindowGen).Select(l => l.Take(3).ToList())
        select new Scenario(new LinkQuestion(requester, target, purpose, categories, district), consents, windows);

    [Property(MaxTest = 5000)]
    public Property Never_allows_without_a_valid_matching_consent_or_an_in_scope_break_glass() =>
        Prop.ForAll(Arb.From(ScenarioGen), s =>
        {
            var verdict = LinkDecider.Decide(s.Question, Catalogue, s.Consents, s.Windows, Now);
            return !verdict.Allowed || EveryReleasedCategoryIsJustified(s, verdict);
        });

    [Property(MaxTest = 2000)]
    public Property Allows_when_a_valid_consent_covers_the_whole_request() =>
        Prop.ForAll(Arb.From(ScenarioGen), s =>
        {
            if (Catalogue.Find(s.Question.PurposeId) is not { } purpose || s.Question.Categories.Count == 0
                || !s.Question.Categories.All(purpose.Categories.Contains)
                || !(purpose.Recipients.Contains(s.Question.RequesterDomain) && s.Question.TargetDomain == purpose.Source))
            {
                return true;
            }

            var covering = ConsentFor(purpose.Id, s.Question.Categories, [s.Question.RequesterDomain]);
            var verdict = LinkDecider.Decide(s.Question, Catalogue, [.. s.Consents, covering], s.Windows, Now);
            return verdict.Allowed && verdict.Categories.Order().SequenceEqual(s.Question.Categories.Order());
        });

    private static bool EveryReleasedCategoryIsJustified(Scenario s, LinkVerdict verdict)
    {
        var purpose = Catalogue.Find(s.Question.PurposeId);
        if (purpose is null || verdict.Categories.Count == 0 || !verdict.Categories.All(s.Question.Categories.Contains))
        {
            return false;
        }

        var pull = purpose.Recipients.Contains(s.Question.RequesterDomain) && s.Question.TargetDomain == purpose.Source;
        var push = purpose.Source == s.Question.RequesterDomain && purpose.Recipients.Contains(s.Question.TargetDomain);
        if (!pull && !push)
        {
            return false;
        }

        var recipient = pull ? s.Question.RequesterDomain : s.Question.TargetDomain;
        var disasterIsParty = purpose.Source == "disaster" || recipient == "disaster";
        return verdict.Categories.All(category =>
            s.Consents.Any(c => c.PurposeId == purpose.Id && c.State == ConsentState.Active && c.ValidFrom <= Now && Now < c.ValidUntil
                                && c.Recipients.Contains(recipient) && c.Categories.Contains(category))
            || (purpose.BreakGlass && disasterIsParty && s.Windows.Any(w => w.From <= Now && Now < w.Until && (w.EndedAt is null || Now < w.EndedAt)
                                && w.Districts.Contains(s.Question.SubjectDistrict) && w.Categories.Contains(category))));
    }
}
