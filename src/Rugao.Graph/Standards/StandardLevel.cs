namespace Rugao.Graph.Standards;

public enum StandardLevel
{
    National,
    Industry,
    Local,
    Group,
    Enterprise,
}
