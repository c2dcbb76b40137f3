using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class PublishStandardVersionPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public PublishStandardVersionPayloadGraphType()
        : base("PublishStandardVersionPayload", "publishStandardVersion 的结果。Result of publishStandardVersion.")
    {
        this.StandardField();
        this.VersionField("version", "发布的版本。The published version.");
    }
}
