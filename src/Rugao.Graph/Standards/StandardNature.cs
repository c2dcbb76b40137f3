namespace Rugao.Graph.Standards;

public enum StandardNature
{
    Mandatory,
    Recommended,
    Guidance,
}
