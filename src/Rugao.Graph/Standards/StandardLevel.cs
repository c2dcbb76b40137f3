namespace Rugao.Graph.Standards;

/// <summary>标准层级 — the issuing level of a standard.</summary>
public enum StandardLevel
{
    National,
    Industry,
    Local,
    Group,
    Enterprise,
}
