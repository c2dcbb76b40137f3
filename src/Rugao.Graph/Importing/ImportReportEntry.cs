namespace Rugao.Graph.Importing;

/// <summary>
/// 未能导入的内容 — a paragraph of the file that was left out of the draft: where it is (paragraph index from 0 in a
/// document, line in a YAML file), the start of its text, and why (a stable code and a message, Chinese then English).
/// </summary>
public sealed record ImportReportEntry(int Paragraph, string Excerpt, string Code, string Message);
