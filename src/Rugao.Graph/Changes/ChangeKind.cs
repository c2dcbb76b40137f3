namespace Rugao.Graph.Changes;

/// <summary>变更类型 — what a change event records.</summary>
public enum ChangeKind
{
    Created,
    DraftUpdated,
    Published,
    Amended,
    Effective,
    Superseded,
    Abolished,
    Listed,
    Delisted,
    ServiceItemLinked,
    ServiceItemUnlinked,
    MeasurementRecorded,
    CatalogPublished,
}
