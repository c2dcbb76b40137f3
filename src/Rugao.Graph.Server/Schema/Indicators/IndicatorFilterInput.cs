using Rugao.Graph.Indicators;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorFilterInput
{
    public List<string>? Area { get; set; }
    public List<string>? Department { get; set; }
    public List<AttainmentStatus>? Status { get; set; }
}
