using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Features.Export;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>The analytic report as a Word document: title, summary, indicators against targets, the children's breakdown
/// with a chart (a PNG image), deviations, conclusions and recommendations drafted from the data.</summary>
public static class ReportDocument
{
    public static byte[] Create(ReportContent c, ReportHeadings h, MonitoringFigures f, byte[] chart)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(WordParts.Para(c.Title, bold: true, center: true, size: 28));
            body.Append(WordParts.Para($"Период: {f.Filter.Year} год, данные на {f.AsOf:dd.MM.yyyy}.", center: true));
            body.Append(WordParts.Para(h.General, bold: true));
            body.Append(WordParts.Para(c.Summary));
            body.Append(WordParts.Para(h.Indicators, bold: true));
            var indicators = WordParts.Table(5200, 1600, 1600, 1600);
            indicators.Append(WordParts.Row(true, 20, "Показатель", "Значение", "Цель", "Состояние"));
            foreach (var i in c.Indicators) indicators.Append(WordParts.Row(false, 20, i.Name, i.Value, i.Basis is null ? i.Target : $"{i.Target} ({i.Basis})", i.State));
            body.Append(indicators);
            if (h.Children is { } childrenHeading)
            {
                body.Append(WordParts.Para(childrenHeading, bold: true));
                var imagePart = main.AddImagePart(ImagePartType.Png);
                using (var image = new MemoryStream(chart)) imagePart.FeedData(image);
                body.Append(new Paragraph(new Run(Image(main.GetIdOfPart(imagePart), 16.0, 16.0 * PngSize(chart).Height / PngSize(chart).Width))));
                var children = WordParts.Table(4000, 1500, 1500, 1500, 1800);
                children.Append(WordParts.Row(true, 20, "Территория", "Наставников", "Наставляемых", "Пар", "Охват молодых педагогов"));
                foreach (var child in f.Children)
                    children.Append(WordParts.Row(false, 20, child.Name, Num(child, MetricCode.Mentors), Num(child, MetricCode.Mentees), Num(child, MetricCode.ActivePairs),
                        child.Values.TryGetValue(MetricCode.YoungTeachersCovered, out var y) && y.Value is { } v ? $"{v:0.#} %" : "нет данных"));
                body.Append(children);
            }
            body.Append(WordParts.Para(h.Deviations, bold: true));
            foreach (var d in c.Deviations.DefaultIfEmpty("Отклонений от целевых значений нет.")) body.Append(WordParts.Para("— " + d));
            body.Append(WordParts.Para(h.Conclusions, bold: true));
            foreach (var d in c.Conclusions) body.Append(WordParts.Para("— " + d));
            body.Append(WordParts.Para(h.Recommendations, bold: true));
            foreach (var d in c.Recommendations) body.Append(WordParts.Para("— " + d));
            body.Append(WordParts.Page(landscape: false));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A PNG's size in pixels, from its IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19], png[20] << 24 | png[21] << 16 | png[22] << 8 | png[23]);

    private static string Num(ChildFigures c, MetricCode code) => c.Values.TryGetValue(code, out var v) && v.Value is { } x ? x.ToString("N0") : "0";

    /// <summary>An inline picture of the given size in centimetres.</summary>
    private static Drawing Image(string relationshipId, double widthCm, double heightCm)
    {
        long cx = (long)(widthCm * 360000), cy = (long)(heightCm * 360000);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = 1U, Name = "Диаграмма" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "chart.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }))
            )
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
