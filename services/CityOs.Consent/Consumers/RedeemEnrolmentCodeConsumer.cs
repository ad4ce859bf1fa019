using CityOs.Consent.Access;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Consumers;

/// <summary>The Gateway redeems a resident's one-time enrolment code; the answer carries only the Gateway's pseudonym of them.</summary>
public sealed class RedeemEnrolmentCodeConsumer(EnrolmentCodes codes) : IConsumer<RedeemEnrolmentCode>
{
    public async Task Consume(ConsumeContext<RedeemEnrolmentCode> context)
    {
        var subject = await codes.RedeemAsync(context.Message.LoginId, context.Message.CodeHash, context.CancellationToken);
        await context.RespondAsync(new EnrolmentCodeRedeemed { Accepted = subject is not null, Subject = subject });
    }
}
