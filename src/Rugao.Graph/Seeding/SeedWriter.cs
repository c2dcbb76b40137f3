using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Departments;
using Rugao.Graph.Indicators;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Seeding;

/// <summary>Writes a checked <see cref="SeedSet"/> and its change events in one transaction.</summary>
public sealed class SeedWriter(RugaoDbContext db, DateTimeOffset now)
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

    private async Task<Dictionary<string, ServiceItem>> WriteCatalogsAsync(IReadOnlyList<CatalogDocument> catalogs,
        Dictionary<string, Department> departments, Dictionary<string, Standard> standards,
        CancellationToken cancellationToken)
    {
        var latestItems = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        var standardsById = standards.Values.ToDictionary(s => s.Id);
        foreach (var catalog in catalogs.OrderBy(c => c.EffectiveFrom))
        {
            var edition = new ServiceCatalogEdition
            {
                Code = catalog.Code, Name = catalog.Name, Jurisdiction = catalog.Jurisdiction, Basis = catalog.Basis,
                PublishedOn = catalog.PublishedOn, EffectiveFrom = catalog.EffectiveFrom,
            };
            db.CatalogEditions.Add(edition);
            await db.SaveChangesAsync(cancellationToken);
            var listings = new List<(StandardListing Listing, ServiceItem Item, ServiceArea Area)>();
            foreach (var (areaDocument, areaPosition) in catalog.Areas.Select((a, i) => (a, i)))
            {
                var area = new ServiceArea
                {
                    EditionId = edition.Id, Code = areaDocument.Code, Name = areaDocument.Name, Position = areaPosition,
                };
                db.ServiceAreas.Add(area);
                await db.SaveChangesAsync(cancellationToken);
                var itemPosition = 0;
                foreach (var (categoryDocument, categoryPosition) in areaDocument.Categories.Select((c, i) => (c, i)))
                {
                    var category = new ServiceCategory
                    {
                        AreaId = area.Id, Code = categoryDocument.Code, Name = categoryDocument.Name,
                        Position = categoryPosition,
                    };
                    db.ServiceCategories.Add(category);
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var itemDocument in categoryDocument.Items)
                    {
                        var item = NewItem(itemDocument, edition, area, category, departments, itemPosition++);
                        db.ServiceItems.Add(item);
                        latestItems[item.Code] = item;
                        listings.AddRange(itemDocument.Standards.Select(l => (new StandardListing
                        {
                            StandardId = standards[l.Code.ToString()].Id, AreaId = area.Id, ListedOn = l.ListedOn,
                            ListReason = l.Reason, ListedBy = Actor, ListedAt = now,
                        }, item, area)));
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var linked = new HashSet<(int, int)>();
            foreach (var (listing, item, _) in listings)
            {
                listing.ServiceItemId = item.Id;
                db.StandardListings.Add(listing);
                // The catalog lists standards per item, so each listed standard is linked to its item.
                if (linked.Add((listing.StandardId, item.Id)))
                {
                    db.ServiceItemLinks.Add(new ServiceItemLink
                    {
                        StandardId = listing.StandardId, ServiceItemId = item.Id, LinkedAt = now, LinkedBy = Actor,
                    });
                }
            }

            db.ChangeEvents.Add(Event(ChangeKind.CatalogPublished, $"发布服务清单 {edition.Name}", edition.EffectiveFrom));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (listing, item, area) in listings)
            {
                var standard = standardsById[listing.StandardId];
                var change = Event(ChangeKind.Listed, $"{standard.Identity} 列入 {area.Name} · {item.Name} 标准清单",
                    listing.ListedOn);
                change.StandardId = standard.Id;
                change.AreaId = area.Id;
                change.ServiceItemId = item.Id;
                change.DepartmentId = standard.DepartmentId;
                db.ChangeEvents.Add(change);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return latestItems;
    }

    private static ServiceItem NewItem(ItemDocument document, ServiceCatalogEdition edition, ServiceArea area,
        ServiceCategory category, Dictionary<string, Department> departments, int position) => new()
    {
        EditionId = edition.Id,
        AreaId = area.Id,
        CategoryId = category.Id,
        Code = document.Code,
        Name = document.Name,
        ServiceObject = document.ServiceObject,
        ServiceContent = document.ServiceContent,
        ServiceStandard = document.ServiceStandard,
        PaymentResponsibility = document.PaymentResponsibility,
        LeadDepartment = document.LeadDepartment,
        DepartmentId = document.DepartmentCode is null ? null : departments[document.DepartmentCode].Id,
        Position = position,
    };

    private async Task WriteIndicatorsAsync(IReadOnlyList<IndicatorDocument> indicators,
        Dictionary<string, Department> departments, Dictionary<string, ServiceItem> items,
        CancellationToken cancellationToken)
    {
        var areas = await db.ServiceAreas.AsTracking().ToListAsync(cancellationToken);
        var areaByCode = areas.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.MaxBy(a => a.EditionId)!);
        foreach (var (document, position) in indicators.Select((d, i) => (d, i)))
        {
            var indicator = new Indicator
            {
                Code = document.Code, Name = document.Name, Description = document.Description,
                AreaId = document.AreaCode is null ? null : areaByCode[document.AreaCode].Id,
                ServiceItemId = document.ItemCode is null ? null : items[document.ItemCode].Id,
                DepartmentId = document.DepartmentCode is null ? null : departments[document.DepartmentCode].Id,
                Unit = document.Unit, Target = document.Target, Direction = document.Direction,
                PeriodLabel = document.PeriodLabel, PeriodFrom = document.PeriodFrom, PeriodTo = document.PeriodTo,
                Position = position,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var measurement in document.Measurements.OrderBy(m => m.On))
            {
                db.IndicatorMeasurements.Add(new IndicatorMeasurement
                {
                    IndicatorId = indicator.Id, MeasuredOn = measurement.On, Value = measurement.Value,
                    Note = measurement.Note, RecordedAt = now, RecordedBy = Actor,
                });
                var change = Event(ChangeKind.MeasurementRecorded,
                    $"{indicator.Name} {measurement.On:yyyy-MM-dd} 监测值 {measurement.Value}{indicator.Unit}", measurement.On);
                change.IndicatorId = indicator.Id;
                change.AreaId = indicator.AreaId;
                change.DepartmentId = indicator.DepartmentId;
                db.ChangeEvents.Add(change);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
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

    private ChangeEvent Event(ChangeKind kind, string summary, DateOnly? effectiveOn) => new()
    {
        Kind = kind, Summary = summary, EffectiveOn = effectiveOn, OccurredAt = now, Actor = Actor,
    };
}
