using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Departments;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Seeding;

/// <summary>Standards, their versions and clause trees, and the change events they record.</summary>
public sealed partial class SeedWriter
{
    private Standard NewStandard(StandardDocument document, Dictionary<string, Department> departments,
        Dictionary<string, SystemNode> nodes)
    {
        var standard = new Standard
        {
            Identity = document.Code.ToString(),
            CompactKey = document.Code.CompactKey,
            Title = document.Title,
            TitleEn = document.TitleEn,
            Level = document.Level,
            Nature = document.Nature,
            DepartmentId = departments[document.DepartmentCode].Id,
            SystemNodeId = nodes[document.SystemNodeCode].Id,
            IssuedBy = document.IssuedBy,
            Ics = document.Ics,
            Ccs = document.Ccs,
            DraftingOrganisations = document.DraftingOrganisations.Count == 0
                ? null
                : string.Join("、", document.DraftingOrganisations),
            FirstEffectiveOn = document.Versions.Count == 0 ? null : document.Versions.Min(v => v.EffectiveFrom),
            AbolishedOn = document.AbolishedOn,
            AbolitionReason = document.AbolitionReason,
            CreatedAt = now,
        };
        for (var i = 0; i < document.Versions.Count; i++)
        {
            standard.Versions.Add(NewVersion(document, document.Versions[i], i + 1));
        }

        return standard;
    }

    private StandardVersion NewVersion(StandardDocument standard, VersionDocument document, int number)
    {
        var version = new StandardVersion
        {
            Number = number,
            Kind = document.Kind,
            Year = document.Year,
            AmendmentNumber = document.AmendmentNumber,
            Label = document.Label,
            Code = standard.Code.WithYear(document.Year).ToString(),
            PublishedOn = document.PublishedOn,
            EffectiveFrom = document.EffectiveFrom,
            ChangeSummary = document.ChangeSummary,
            CreatedAt = now,
            CreatedBy = Actor,
            PublishedAt = now,
            PublishedBy = Actor,
        };
        var clauses = new List<Clause>(document.Clauses.Count);
        foreach (var (clause, position) in document.Clauses.Select((c, i) => (c, i)))
        {
            var row = new Clause
            {
                Lineage = clause.Lineage,
                Number = clause.Number,
                Heading = clause.Heading,
                Text = clause.Text,
                Kind = clause.Kind,
                Normative = clause.Normative,
                Mandatory = clause.Mandatory,
                Position = position,
                Depth = clause.Depth,
                Path = clause.Path,
                Parent = clause.Parent is { } parent ? clauses[parent] : null,
            };
            clauses.Add(row);
        }

        version.Clauses.AddRange(clauses);
        return version;
    }


    private void RecordStandardEvents(StandardDocument document, Standard standard)
    {
        ChangeEvent For(ChangeKind kind, string summary, DateOnly? on, StandardVersion? version = null)
        {
            var change = Event(kind, summary, on);
            change.StandardId = standard.Id;
            change.VersionId = version?.Id;
            change.DepartmentId = standard.DepartmentId;
            return change;
        }

        db.ChangeEvents.Add(For(ChangeKind.Created, $"收录标准 {standard.Identity} {standard.Title}", null));
        foreach (var (version, versionDocument) in standard.Versions.Zip(document.Versions))
        {
            var change = version.Kind == StandardVersionKind.Edition
                ? For(ChangeKind.Published, $"发布 {version.Code} {standard.Title}", version.EffectiveFrom, version)
                : For(ChangeKind.Amended, $"{version.Code} 第{version.AmendmentNumber}号修改单", version.EffectiveFrom, version);
            change.ClauseNumbers = versionDocument.ChangedNumbers.Count == 0
                ? null
                : string.Join(' ', versionDocument.ChangedNumbers);
            db.ChangeEvents.Add(change);
        }

        if (standard.SupersededBy is { } successor)
        {
            db.ChangeEvents.Add(For(ChangeKind.Superseded, $"{standard.Identity} 被 {successor.Identity} 代替",
                successor.FirstEffectiveOn));
        }

        if (standard.AbolishedOn is { } abolished)
        {
            db.ChangeEvents.Add(For(ChangeKind.Abolished, $"{standard.Identity} 废止：{standard.AbolitionReason}", abolished));
        }
    }
}
