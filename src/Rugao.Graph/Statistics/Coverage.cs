namespace Rugao.Graph.Statistics;

/// <summary>标准覆盖率 — how many service items have at least one standard in force listed for them.</summary>
public sealed record Coverage(int ItemCount, int CoveredItemCount)
{
    /// <summary>Covered items over all items, from 0 to 1; 0 when there are no items, since nothing is covered then.</summary>
    public double Ratio => ItemCount == 0 ? 0 : (double)CoveredItemCount / ItemCount;
}
