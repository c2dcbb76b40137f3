using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Statistics;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Statistics;

/// <summary>
/// Coverage counts only standards in force and only listings open on the day, while an area's standard count takes
/// every listed standard. The one test writes extra listings into this class's own database.
/// </summary>
public sealed class PlatformStatisticsCoverageTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task ComputeAsync_ItemsListedWithStandardsNotInForce_StayUncovered()
    {
        await ListAsync("LYSD-01-07", "T/RGJY 002", "2021-07-01", null);   // abolished on 2023-06-30
        await ListAsync("LYSD-01-08", "DB3206/T 1136", "2021-07-01", null); // upcoming until 2027-03-01
        await ListAsync("WTFW-01-06", "T/RGWT 001", "2021-07-01", null);    // superseded since 2021-05-28
        await ListAsync("WTFW-01-06", "GB/T 28220", "2021-07-01", "2022-01-01");
        var statistics = new PlatformStatistics(database);

        // The seed alone: 32 of 35 covered, LYSD 12 of 14 with 11 standards, WTFW 10 of 11 with 12 standards.
        (string Day, int Covered, int LysdCovered, int WtfwCovered)[] expected =
        [
            ("2021-12-31", 34, 13, 11),
            ("2022-01-01", 33, 13, 10),
            ("2023-06-29", 33, 13, 10),
            ("2023-06-30", 32, 12, 10),
            ("2027-02-28", 32, 12, 10),
            ("2027-03-01", 33, 13, 10),
        ];
        foreach (var (day, covered, lysdCovered, wtfwCovered) in expected)
        {
            var snapshot = await statistics.ComputeAsync(Day(day), CancellationToken.None);
            var byArea = snapshot.ByArea.ToDictionary(a => a.Area.Code);

            Assert.Equal((day, 35, covered), (day, snapshot.Coverage.ItemCount, snapshot.Coverage.CoveredItemCount));
            Assert.Equal((day, lysdCovered), (day, byArea["LYSD"].Coverage.CoveredItemCount));
            Assert.Equal((day, wtfwCovered), (day, byArea["WTFW"].Coverage.CoveredItemCount));
            Assert.Equal((day, 13, 13), (day, byArea["LYSD"].StandardCount, byArea["WTFW"].StandardCount));
        }
    }

    private async Task ListAsync(string itemCode, string standardIdentity, string listedOn, string? delistedOn)
    {
        await using var db = database.CreateDbContext();
        var item = await db.ServiceItems.SingleAsync(i => i.Code == itemCode);
        var standard = await db.Standards.SingleAsync(s => s.Identity == standardIdentity);
        db.StandardListings.Add(new StandardListing
        {
            StandardId = standard.Id, AreaId = item.AreaId, ServiceItemId = item.Id, ListedOn = Day(listedOn),
            DelistedOn = delistedOn is null ? null : Day(delistedOn),
        });
        await db.SaveChangesAsync();
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
