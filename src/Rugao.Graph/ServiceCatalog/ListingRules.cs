using System.Linq.Expressions;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// When a standard is on the standards list: from the day it was listed up to the day before it was delisted. Written
/// once as an expression; queries get it bound to a listing, in-memory checks a delegate compiled from it.
/// </summary>
public static class ListingRules
{
    private static readonly Expression<Func<DateOnly, DateOnly?, DateOnly, bool>> Window =
        (listedOn, delistedOn, day) => listedOn <= day && (delistedOn == null || delistedOn > day);

    private static readonly Func<DateOnly, DateOnly?, DateOnly, bool> IsWithin = Window.Compile();

    public static bool IsListedOn(StandardListing listing, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return IsWithin(listing.ListedOn, listing.DelistedOn, day);
    }

    /// <summary>The same rule for a listing's two days held elsewhere (a search document's listing intervals).</summary>
    public static bool IsListedOn(DateOnly listedOn, DateOnly? delistedOn, DateOnly day) => IsWithin(listedOn, delistedOn, day);

    /// <summary>Listings on the list on <paramref name="day"/>, for a query; the day becomes a query parameter.</summary>
    public static Expression<Func<StandardListing, bool>> ListedOn(DateOnly day)
    {
        var listing = Expression.Parameter(typeof(StandardListing), "l");
        Expression<Func<DateOnly>> dayParameter = () => day;
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [Window.Parameters[0]] = Expression.Property(listing, nameof(StandardListing.ListedOn)),
            [Window.Parameters[1]] = Expression.Property(listing, nameof(StandardListing.DelistedOn)),
            [Window.Parameters[2]] = dayParameter.Body,
        }).Visit(Window.Body);
        return Expression.Lambda<Func<StandardListing, bool>>(body, listing);
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
