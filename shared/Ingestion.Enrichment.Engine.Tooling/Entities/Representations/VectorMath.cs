using System.Numerics;
using System.Runtime.InteropServices;

namespace Ingestion.Enrichment.Engine.Entities.Representations;

// The two loops skip-gram and k-means spend their time in, over SIMD registers.
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ReadOnlySpan<Vector<float>> va = MemoryMarshal.Cast<float, Vector<float>>(a);
        ReadOnlySpan<Vector<float>> vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (int i = 0; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }

        float total = Vector.Sum(sum);
        for (int i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    // y += alpha * x
    public static void AddScaled(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<Vector<float>> vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        Span<Vector<float>> vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        var va = new Vector<float>(alpha);
        for (int i = 0; i < vx.Length; i++)
        {
            vy[i] += va * vx[i];
        }

        for (int i = vx.Length * Vector<float>.Count; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    public static void Normalize(Span<float> x)
    {
        float norm = MathF.Sqrt(Dot(x, x));
        if (norm > 0)
        {
            foreach (ref float value in x)
            {
                value /= norm;
            }
        }
    }
}
