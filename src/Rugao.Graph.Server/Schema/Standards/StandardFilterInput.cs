using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardFilterInput
{
    public List<string>? Area { get; set; }
    public List<string>? ServiceItem { get; set; }
    public List<string>? SystemNode { get; set; }
    public List<StandardLevel>? Level { get; set; }
    public List<StandardNature>? Nature { get; set; }
    public List<StandardStatus>? Status { get; set; }
    public List<string>? Department { get; set; }
    public DateRangeInput? IssuedOn { get; set; }
    public DateRangeInput? EffectiveOn { get; set; }
    public string? Title { get; set; }
}

public sealed class DateRangeInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
