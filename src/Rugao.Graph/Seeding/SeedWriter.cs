using Rugao.Graph.Changes;
using Rugao.Graph.Departments;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Seeding;

/// <summary>Writes a checked <see cref="SeedSet"/> and its change events in one transaction.</summary>
public sealed partial class SeedWriter(RugaoDbContext db, DateTimeOffset now)
{
    public const string Actor = "seed";

    public async Task WriteAsync(SeedSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var departments = set.Departments.Select((d, i) => new Department
        {
            Code = d.Code, Name = d.Name, ShortName = d.ShortName, Jurisdiction = d.Jurisdiction, Position = i,
        }).ToDictionary(d => d.Code);
        db.Departments.AddRange(departments.Values);
        var nodes = new Dictionary<string, SystemNode>(StringComparer.Ordinal);
        await db.SaveChangesAsync(cancellationToken);
        await AddNodesAsync(set.SystemNodes, null, nodes, cancellationToken);

        var standards = set.Standards.ToDictionary(s => s.Code.ToString(), s => NewStandard(s, departments, nodes));
        db.Standards.AddRange(standards.Values);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var standard in standards.Values)
        {
            for (var i = 1; i < standard.Versions.Count; i++)
            {
                standard.Versions[i].BaseVersionId = standard.Versions[i - 1].Id;
            }
        }

        foreach (var document in set.Standards.Where(s => s.Supersedes.Count > 0))
        {
            foreach (var old in document.Supersedes)
            {
                standards[old.ToString()].SupersededById = standards[document.Code.ToString()].Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var items = await WriteCatalogsAsync(set.Catalogs, departments, standards, cancellationToken);
        await WriteIndicatorsAsync(set.Indicators, departments, items, cancellationToken);
        foreach (var document in set.Standards)
        {
            RecordStandardEvents(document, standards[document.Code.ToString()]);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AddNodesAsync(IReadOnlyList<SystemNodeDocument> documents, SystemNode? parent,
        Dictionary<string, SystemNode> nodes, CancellationToken cancellationToken)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var node = new SystemNode
            {
                Code = document.Code, Name = document.Name, Description = document.Description, Position = i,
                ParentId = parent?.Id, Path = parent is null ? document.Code : $"{parent.Path}/{document.Code}",
            };
            db.SystemNodes.Add(node);
            await db.SaveChangesAsync(cancellationToken);
            nodes[document.Code] = node;
            await AddNodesAsync(document.Children, node, nodes, cancellationToken);
        }
    }

    private ChangeEvent Event(ChangeKind kind, string summary, DateOnly? effectiveOn) => new()
    {
        Kind = kind, Summary = summary, EffectiveOn = effectiveOn, OccurredAt = now, Actor = Actor,
    };
}
