using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Indicators;

[Collection(SeededApiCollection.Name)]
public sealed class AchievementQueriesTests(SeededApi api)
{
    [Fact]
    public async Task Statistics_Coverage_CountsItemsWithACurrentStandard()
    {
        var data = await api.DataAsync("{ statistics { standardCount coverage { itemCount coveredItemCount ratio } byStatus { status count } } }");

        Assert.Equal(35, data.Int("statistics.coverage.itemCount"));
        Assert.Equal(32, data.Int("statistics.coverage.coveredItemCount"));
        Assert.Equal(32.0 / 35, data.At("statistics.coverage.ratio").GetDouble(), 6);
        Assert.Equal(data.Int("statistics.standardCount"), data.Items("statistics.byStatus").Sum(s => s.Int("count")));
    }

    [Fact]
    public async Task Indicators_FilteredByAttainment_AgreeWithTheirOwnAttainment()
    {
        var all = await api.DataAsync("{ indicators { code attainment { status } } }");
        var attained = await api.DataAsync("{ indicators(where: { status: ATTAINED }) { code target direction attainment { status attained ratio measurement { value } } } }");

        var attainedItems = attained.Items("indicators");
        Assert.NotEmpty(attainedItems);
        Assert.Equal(all.Items("indicators").Count(i => i.Str("attainment.status") == "ATTAINED"), attainedItems.Count);
        Assert.All(attainedItems, i =>
        {
            Assert.True(i.At("attainment.attained").GetBoolean());
            var value = i.At("attainment.measurement.value").GetDouble();
            var target = i.At("target").GetDouble();
            Assert.True(i.Str("direction") == "AT_LEAST" ? value >= target : value <= target);
        });
    }

    [Fact]
    public async Task Indicator_ByArea_HasTheTwelve333Targets()
    {
        var areas = await api.DataAsync("{ serviceAreas { id code } }");
        var labour = areas.Items("serviceAreas").Single(a => a.Str("code") == "LYSD").Str("id");

        var data = await api.DataAsync("query($area: ID!) { indicators(where: { area: [$area] }) { name unit target area { code } } }", new { area = labour });

        var indicators = data.Items("indicators");
        Assert.All(indicators, i => Assert.Equal("LYSD", i.Str("area.code")));
        Assert.Contains(indicators, i => i.Str("name")!.Contains("12333", StringComparison.Ordinal) && i.At("target").GetDouble() == 85);
    }
}
