using CityOs.Sensors.Ingestion;
using FsCheck;
using FsCheck.Fluent;

namespace CityOs.Sensors.Tests;

public sealed class ReadingValidatorFuzzTests
{
    [Fact]
    public void No_payload_makes_the_validator_throw_and_every_outcome_is_a_reading_or_a_known_reason()
    {
        var property = Prop.ForAll(Arb.From(FuzzInputs.Cases), (FuzzCase input) =>
        {
            var outcome = ReadingValidator.Validate(input.Topic, input.Payload, input.Device, input.Now);
            if (outcome.IsAccepted)
            {
                Assert.NotNull(outcome.Reading);
                Assert.True(outcome.Sequence >= 0);
            }
            else
            {
                Assert.Contains(outcome.Rejection!.Reason, RejectionReasons.All);
                Assert.False(string.IsNullOrWhiteSpace(outcome.Rejection.Detail));
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true), property);
    }
}
