using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nastavnik.Matching.Solving;

/// <summary>The dense solver's two hot loops, vectorised (AVX-512 / AVX2 / scalar fallback).</summary>
internal static class Simd
{
    public static int Max(ReadOnlySpan<int> values)
    {
        var max = int.MinValue;
        var k = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<int>.Count)
        {
            var acc = Vector256.Create(int.MinValue);
            for (; k <= values.Length - Vector256<int>.Count; k += Vector256<int>.Count)
                acc = Vector256.Max(acc, Vector256.Create(values.Slice(k, Vector256<int>.Count)));
            for (var l = 0; l < Vector256<int>.Count; l++) max = Math.Max(max, acc.GetElement(l));
        }
        for (; k < values.Length; k++) max = Math.Max(max, values[k]);
        return max;
    }

    public static int ArgMin(int[] values, out int min)
    {
        min = int.MaxValue;
        var k = 0;
        if (Vector512.IsHardwareAccelerated && values.Length >= Vector512<int>.Count)
        {
            var acc = Vector512.Create(int.MaxValue);
            ref var v0 = ref MemoryMarshal.GetArrayDataReference(values);
            for (; k <= values.Length - Vector512<int>.Count; k += Vector512<int>.Count)
                acc = Vector512.Min(acc, Vector512.LoadUnsafe(ref v0, (nuint)k));
            for (var l = 0; l < Vector512<int>.Count; l++) min = Math.Min(min, acc.GetElement(l));
        }
        else if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<int>.Count)
        {
            var acc = Vector256.Create(int.MaxValue);
            ref var v0 = ref MemoryMarshal.GetArrayDataReference(values);
            for (; k <= values.Length - Vector256<int>.Count; k += Vector256<int>.Count)
                acc = Vector256.Min(acc, Vector256.LoadUnsafe(ref v0, (nuint)k));
            for (var l = 0; l < Vector256<int>.Count; l++) min = Math.Min(min, acc.GetElement(l));
        }
        for (; k < values.Length; k++) min = Math.Min(min, values[k]);
        return min == int.MaxValue ? -1 : values.AsSpan().IndexOf(min);
    }

    /// <summary>
    /// dist[j] = min(dist[j], rowBase - w[j] - pi[j]) for every mentor not yet settled; pred[j] = row where improved.
    /// floor[j] is int.MinValue for an open mentor and int.MaxValue for a settled one, whose candidate it lifts
    /// to int.MaxValue so that it never wins (one max instead of a branch).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Relax(ReadOnlySpan<int> w, int rowBase, int[] pi, int[] floor, int[] dist, int[] pred, int row)
    {
        var m = w.Length;
        var k = 0;
        ref var w0 = ref MemoryMarshal.GetReference(w);
        ref var p0 = ref MemoryMarshal.GetArrayDataReference(pi);
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(floor);
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(dist);
        ref var r0 = ref MemoryMarshal.GetArrayDataReference(pred);
        if (Vector512.IsHardwareAccelerated)
        {
            var b = Vector512.Create(rowBase);
            var rv = Vector512.Create(row);
            for (; k <= m - Vector512<int>.Count; k += Vector512<int>.Count)
            {
                var i = (nuint)k;
                var cand = Vector512.Max(b - Vector512.LoadUnsafe(ref w0, i) - Vector512.LoadUnsafe(ref p0, i), Vector512.LoadUnsafe(ref s0, i));
                var cur = Vector512.LoadUnsafe(ref d0, i);
                var better = Vector512.LessThan(cand, cur);
                if (better == Vector512<int>.Zero) continue;
                Vector512.Min(cand, cur).StoreUnsafe(ref d0, i);
                Vector512.ConditionalSelect(better, rv, Vector512.LoadUnsafe(ref r0, i)).StoreUnsafe(ref r0, i);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var b = Vector256.Create(rowBase);
            var rv = Vector256.Create(row);
            for (; k <= m - Vector256<int>.Count; k += Vector256<int>.Count)
            {
                var i = (nuint)k;
                var cand = Vector256.Max(b - Vector256.LoadUnsafe(ref w0, i) - Vector256.LoadUnsafe(ref p0, i), Vector256.LoadUnsafe(ref s0, i));
                var cur = Vector256.LoadUnsafe(ref d0, i);
                var better = Vector256.LessThan(cand, cur);
                if (better == Vector256<int>.Zero) continue;
                Vector256.Min(cand, cur).StoreUnsafe(ref d0, i);
                Vector256.ConditionalSelect(better, rv, Vector256.LoadUnsafe(ref r0, i)).StoreUnsafe(ref r0, i);
            }
        }
        for (; k < m; k++)
        {
            var cand = Math.Max(rowBase - w[k] - pi[k], floor[k]);
            if (cand < dist[k]) { dist[k] = cand; pred[k] = row; }
        }
    }
}
