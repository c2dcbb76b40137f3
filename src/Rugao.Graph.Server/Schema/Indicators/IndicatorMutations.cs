using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Indicators;

public static class IndicatorMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        // Publishers only: a value is public the moment it is recorded (attainment has no draft stage).
        MutationField.Add<RecordMeasurementInputType, RecordMeasurementInput, RecordMeasurementPayloadGraphType, IndicatorMeasurement>(
            mutation, "recordMeasurement", Role.Publisher,
            "填报指标监测值，达标情况随即更新（发布者及以上）。Record an indicator value; attainment follows at once (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<IndicatorMeasurements>().RecordAsync(new RecordMeasurementCommand(
                input.IndicatorId, input.Period, input.Value, input.Unit, input.Note, input.Source, input.Correction ?? false),
                actor, c.CancellationToken));
    }
}
