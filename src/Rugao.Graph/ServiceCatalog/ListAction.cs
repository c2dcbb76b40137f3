namespace Rugao.Graph.ServiceCatalog;

/// <summary>清单调整动作 — put a standard on the standards list, or take it off.</summary>
public enum ListAction
{
    List,
    Delist,
}
