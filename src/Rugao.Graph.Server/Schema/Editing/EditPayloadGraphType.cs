using GraphQL.Types;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>The fields mutation payloads share; each payload type picks the ones it returns.</summary>
public abstract class EditPayloadGraphType : ObjectGraphType<EditPayload>
{
    protected EditPayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }

    protected void StandardField() =>
        Field<StandardGraphType>("standard").Description("所涉标准；有错误时为 null。The standard; null when there are errors.")
            .Resolve(c => c.Source.Standard is { } s ? new StandardView(s, c.Source.AsOf) : null);

    protected void VersionField(string name, string description) =>
        Field<StandardVersionGraphType>(name).Description(description)
            .Resolve(c => c.Source.Version is { } v ? new VersionView(v, c.Source.Standard!, null, c.Source.AsOf) : null);

    protected void ClauseField(string description) =>
        Field<ClauseGraphType>("clause").Description(description).Resolve(c => c.Source.Clause);
}
