namespace Rugao.Graph.Standards;

public enum StandardOrderField
{
    Code,
    Title,
    IssuedOn,
    EffectiveOn,
}

/// <summary>How a standards list is sorted; ties always break on the code, so paging is stable.</summary>
public sealed record StandardOrder(StandardOrderField Field, bool Descending)
{
    public static readonly StandardOrder Default = new(StandardOrderField.Code, false);
}
