namespace Rugao.Graph.Standards;

public enum StandardStatus
{
    Draft,
    Upcoming,
    Current,
    Superseded,
    Abolished,
}
