using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class PublishStandardVersionPayloadGraphType : EditPayloadGraphType
{
    public PublishStandardVersionPayloadGraphType()
        : base("PublishStandardVersionPayload", "publishStandardVersion 的结果。Result of publishStandardVersion.")
    {
        StandardField();
        VersionField("version", "发布的版本。The published version.");
    }
}
