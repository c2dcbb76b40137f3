namespace Rugao.Graph.Standards;

/// <summary>标准性质 — mandatory (强制性), recommended (推荐性) or guidance (指导性).</summary>
public enum StandardNature
{
    Mandatory,
    Recommended,
    Guidance,
}
