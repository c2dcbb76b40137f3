namespace Rugao.Graph.Indicators;

/// <summary>达标情况 — whether an indicator's latest measurement meets its target.</summary>
public enum AttainmentStatus
{
    NoData,
    Attained,
    NotAttained,
}
