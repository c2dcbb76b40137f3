using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Importing;

public sealed class DocxImportTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Import_TypedNumbers_BuildsTheClauseTreeFromTheCoverAndBody()
    {
        var file = new DocxBuilder()
            .Paragraphs("如皋市地方标准", "ICS 03.080", "DB3206/T 9950—2026")
            .Title("社区居家养老服务规范")
            .Paragraph("Specification for community home care services")
            .Paragraphs("2026-05-01 发布", "1 范围", "本文件规定了社区居家养老服务的要求。", "2 术语和定义", "2.1 服务对象",
                "指 60 周岁以上的老年人。", "注：含失能老人。", "3 服务要求",
                "3.1 服务时间每日不少于 8 小时，节假日照常服务，遇特殊情况另行通知并公示。", "a) 助餐；", "b) 助浴。")
            .Table(["项目", "频次"], ["助餐", "每日"])
            .Paragraphs("附录 A", "（规范性）", "服务评价表", "A.1 评价内容", "A.1.1 满意度调查每年不少于一次，结果向社会公开。")
            .Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var result = outcome.Value!;
        Assert.Equal("DB3206/T 9950-2026", result.Draft.Code);
        Assert.Equal("社区居家养老服务规范", result.Standard.Title);
        Assert.Equal("Specification for community home care services", result.Standard.TitleEn);
        Assert.Equal("03.080", result.Standard.Ics);
        Assert.False(result.Draft.IsPublished);
        Assert.Equal([(0, "如皋市地方标准"), (5, "2026-05-01 发布")], result.Report.Select(r => (r.Paragraph, r.Excerpt)));
        Assert.All(result.Report, r => Assert.Equal("CLAUSE_ORPHAN", r.Code));

        var clauses = await ImportFixture.ClausesAsync(database, result.Draft.Id);
        Assert.Equal(["1", "2", "2.1", "3", "3.1", "A", "A.1", "A.1.1"], clauses.Where(c => c.Number is not null).Select(c => c.Number));
        Assert.Equal("术语和定义", clauses.Single(c => c.Number == "2").Heading);
        Assert.Null(clauses.Single(c => c.Number == "3.1").Heading);
        Assert.StartsWith("服务时间每日", clauses.Single(c => c.Number == "3.1").Text, StringComparison.Ordinal);
        Assert.Equal("含失能老人。", clauses.Single(c => c.Kind == ClauseKind.Note).Text);
        Assert.Equal(["a) 助餐；", "b) 助浴。"], clauses.Where(c => c.Kind == ClauseKind.ListItem).Select(c => c.Text));
        Assert.All(clauses.Where(c => c.Kind == ClauseKind.ListItem), c => Assert.Equal("3 › 3.1", c.Path));
        Assert.Contains("助餐 | 每日", clauses.Single(c => c.Kind == ClauseKind.Table).Text, StringComparison.Ordinal);
        var appendix = clauses.Single(c => c.Number == "A");
        Assert.Equal(("服务评价表", ClauseKind.Appendix, true), (appendix.Heading, appendix.Kind, appendix.Normative));
        Assert.True(ClauseOutline.Build(clauses.Select(c => new ClauseOutlineEntry(c.Number, c.Kind))).IsValid);

        await using var db = database.CreateDbContext();
        var change = await db.ChangeEvents.SingleAsync(e => e.VersionId == result.Draft.Id);
        Assert.Equal((ChangeKind.Created, "importer-test"), (change.Kind, change.Actor));
    }

    [Fact]
    public async Task Import_HeadingStylesWithAutomaticNumbering_NumbersThemAsWordShowsThem()
    {
        var file = new DocxBuilder()
            .Properties("公共文化场馆开放服务规范", "DB3206/T 9951-2026")
            .Heading(1, "范围").Paragraph("本文件规定了场馆开放服务。")
            .Heading(1, "服务要求").Heading(2, "开放时间").Heading(3, "工作日").Paragraph("每周开放不少于 56 小时。")
            .ListItem("节假日延长开放；").ListItem("夏季延长开放。")
            .Heading(2, "服务人员").Heading(2, "60 周岁以上老人")
            .ChineseHeading(1, "评价与改进").ChineseHeading(2, "满意度")
            .Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Empty(outcome.Value!.Report);
        Assert.Equal("公共文化场馆开放服务规范", outcome.Value.Standard.Title);
        var clauses = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.Id);
        Assert.Equal(["1", "2", "2.1", "2.1.1", "2.2", "2.3", "3", "3.1"], clauses.Where(c => c.Number is not null).Select(c => c.Number));
        Assert.Equal(["范围", "服务要求", "开放时间", "工作日", "服务人员", "60 周岁以上老人", "评价与改进", "满意度"],
            clauses.Where(c => c.Number is not null).Select(c => c.Heading));
        Assert.Equal(2, clauses.Count(c => c.Kind == ClauseKind.ListItem && c.Path == "2 › 2.1 › 2.1.1"));
    }

    [Fact]
    public async Task Import_SkippedLevelsDuplicatesAndDepth_ReportsThemAndImportsTheRest()
    {
        var file = new DocxBuilder()
            .Paragraphs("DB3206/T 9952-2026", "学校食堂服务规范", "前言本文件按照 GB/T 1.1 起草。",
                "1 范围", "本文件适用于中小学食堂。", "1.1.1 跳级的条", "跳级条下的正文。",
                "2 要求", "2 要求（重复）", "2.1 卫生", "2.1.1.1.1.1.1 过深的条", "3 评价")
            .Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var report = outcome.Value!.Report;
        Assert.Equal(
            [(2, "CLAUSE_ORPHAN"), (5, "CLAUSE_PARENT_MISSING"), (6, "IMPORT_UNDER_UNPLACED_CLAUSE"), (8, "CLAUSE_DUPLICATE"), (10, "CLAUSE_TOO_DEEP")],
            report.Select(r => (r.Paragraph, r.Code)));
        Assert.Equal("1.1.1 跳级的条", report[1].Excerpt);
        Assert.Contains("skips a level", report[1].Message, StringComparison.Ordinal);
        var clauses = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.Id);
        Assert.Equal(["1", "2", "2.1", "3"], clauses.Where(c => c.Number is not null).Select(c => c.Number));
        Assert.Equal("本文件适用于中小学食堂。", clauses.Single(c => c.Number is null).Text);
    }

    [Fact]
    public async Task Import_HeadingStyleSkippingALevel_ReportsTheMissingParent()
    {
        var file = new DocxBuilder().Properties("图书馆服务规范", "DB3206/T 9953-2026")
            .Heading(1, "范围").Heading(3, "跳到第三级").Heading(2, "第二级")
            .Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal([(1, "CLAUSE_PARENT_MISSING")], outcome.Value!.Report.Select(r => (r.Paragraph, r.Code)));
        var clauses = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.Id);
        Assert.Equal(["1", "1.1"], clauses.Select(c => c.Number));
    }
}
