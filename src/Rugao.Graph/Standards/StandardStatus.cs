namespace Rugao.Graph.Standards;

/// <summary>标准状态 — always computed from dates and the replacement chain, never stored.</summary>
public enum StandardStatus
{
    Draft,
    Upcoming,
    Current,
    Superseded,
    Abolished,
}
