using GraphQL;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Builds the <see cref="StandardView"/> a field returns, when the caller may see the standard at all.</summary>
public static class StandardViews
{
    /// <summary>The view, or null for a missing standard or a draft the caller may not see.</summary>
    public static StandardView? Visible(IResolveFieldContext context, Standard? standard, DateOnly asOf, int? pinnedYear = null) =>
        standard is not null && StandardVisibility.CanSee(context.Readership(), standard)
            ? new StandardView(standard, asOf, pinnedYear)
            : null;

    /// <summary>The views of those standards the caller may see, in order.</summary>
    public static List<StandardView> Visible(IResolveFieldContext context, IEnumerable<Standard> standards, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var reader = context.Readership();
        return standards.Where(s => StandardVisibility.CanSee(reader, s)).Select(s => new StandardView(s, asOf)).ToList();
    }
}
