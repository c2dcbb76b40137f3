namespace Rugao.Graph.Standards;

/// <summary>版本类型 — a full edition (a new year in the code) or an amendment sheet (修改单) on an edition.</summary>
public enum StandardVersionKind
{
    Edition,
    Amendment,
}
