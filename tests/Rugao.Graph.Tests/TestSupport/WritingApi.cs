using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Look-ups and checks the list, link and measurement tests share: seed IDs by code, keys, stored rows.</summary>
internal static class WritingApi
{
    public static async Task<string> StandardIdAsync(this SeededApi api, string code) =>
        (await api.DataAsync("query($code: String!) { standard(code: $code) { id } }", new { code })).Str("standard.id")!;

    public static async Task<string> AreaIdAsync(this SeededApi api, string code) =>
        (await api.DataAsync("{ serviceAreas { id code } }")).Items("serviceAreas").Single(a => a.Str("code") == code).Str("id")!;

    public static async Task<string> ItemIdAsync(this SeededApi api, string code)
    {
        var data = await api.DataAsync("{ serviceAreas { categories { items { id code } } } }");
        return data.Items("serviceAreas").SelectMany(a => a.Items("categories")).SelectMany(c => c.Items("items"))
            .Single(i => i.Str("code") == code).Str("id")!;
    }

    public static async Task<string> IndicatorIdAsync(this SeededApi api, string code) =>
        (await api.DataAsync("{ indicators { id code } }")).Items("indicators").Single(i => i.Str("code") == code).Str("id")!;

    /// <summary>A fingerprint of every row these mutations can write or change, to show an error wrote nothing.</summary>
    public static async Task<string> RowsAsync(this SeededApi api)
    {
        await using var db = await api.OpenDbAsync();
        return string.Join(' ', await db.ChangeEvents.CountAsync(), await db.StandardListings.CountAsync(),
            await db.StandardListings.CountAsync(l => l.DelistedOn != null), await db.ServiceItemLinks.CountAsync(),
            await db.IndicatorMeasurements.CountAsync());
    }

    /// <summary>The single user error of <paramref name="field"/>'s payload, checked for its code and path.</summary>
    public static JsonElement SingleError(this JsonElement data, string field, string code, params string[] path)
    {
        var error = Assert.Single(data.Items(field + ".errors"));
        Assert.Equal(code, error.Str("code"));
        Assert.Equal(["input", .. path], error.Items("path").Select(p => p.GetString()));
        return error;
    }
}
