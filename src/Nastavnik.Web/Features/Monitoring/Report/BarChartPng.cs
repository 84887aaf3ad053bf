using System.IO.Compression;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>A plain bar chart as a PNG image for the Word report (Word cannot run Chart.js): one bar per value on a 0–100
/// or 0–max scale, a target line if given, grid lines every 20 %. Labels go into the table beside it.</summary>
public static class BarChartPng
{
    public static byte[] Draw(IReadOnlyList<decimal?> values, decimal? target, int width = 800, int height = 360)
    {
        var pixels = new byte[width * height * 3];
        Fill(pixels, width, 0, 0, width, height, (255, 255, 255));
        var max = Math.Max(100m, values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        const int left = 20, bottom = 20, top = 10;
        var plot = height - bottom - top;
        for (var g = 0; g <= 5; g++) Fill(pixels, width, left, top + plot - plot * g / 5, width - 10, 1, (225, 225, 225));
        var slot = (width - left - 10) / Math.Max(1, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v) continue;
            var h = (int)(plot * Math.Min(v, max) / max);
            Fill(pixels, width, left + i * slot + slot / 6, top + plot - h, Math.Max(1, slot * 2 / 3), h, (13, 110, 253));
        }
        if (target is { } t) Fill(pixels, width, left, top + plot - (int)(plot * Math.Min(t, max) / max), width - left - 10, 2, (220, 53, 69));
        Fill(pixels, width, left, top + plot, width - left - 10, 1, (90, 90, 90));
        return Encode(pixels, width, height);
    }

    private static void Fill(byte[] p, int width, int x, int y, int w, int h, (byte R, byte G, byte B) c)
    {
        for (var yy = Math.Max(0, y); yy < y + h && yy * width * 3 < p.Length; yy++)
            for (var xx = Math.Max(0, x); xx < x + w && xx < width; xx++)
            {
                var i = (yy * width + xx) * 3;
                (p[i], p[i + 1], p[i + 2]) = (c.R, c.G, c.B);
            }
    }

    /// <summary>PNG: signature, IHDR (8-bit RGB), one zlib IDAT of filter-0 scanlines, IEND.</summary>
    private static byte[] Encode(byte[] rgb, int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        WriteInt(header, 0, width);
        WriteInt(header, 4, height);
        (header[8], header[9], header[10], header[11], header[12]) = (8, 2, 0, 0, 0);
        Chunk(png, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
                for (var y = 0; y < height; y++) { z.WriteByte(0); z.Write(rgb, y * width * 3, width * 3); }
            Chunk(png, "IDAT", raw.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteInt(len, 0, data.Length);
        s.Write(len);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = new byte[4];
        WriteInt(crc, 0, (int)Crc32([.. typeBytes, .. data]));
        s.Write(crc);
    }

    private static void WriteInt(byte[] b, int at, int v) => (b[at], b[at + 1], b[at + 2], b[at + 3]) = ((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
