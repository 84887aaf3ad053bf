namespace Nastavnik.Matching.Solving;

/// <summary>
/// A monotone priority queue for small non-negative integer keys (Dial's buckets): push and pop are O(1)
/// amortised; entries live in a pooled singly linked list per bucket.
/// </summary>
internal sealed class BucketQueue(int keys)
{
    private readonly int[] _head = Enumerable.Repeat(-1, keys).ToArray();
    private int[] _node = new int[1024], _next = new int[1024];
    private int _count, _current, _highest = -1;

    public void Push(int node, int key)
    {
        if (_count == _node.Length)
        {
            Array.Resize(ref _node, _count * 2);
            Array.Resize(ref _next, _count * 2);
        }
        _node[_count] = node;
        _next[_count] = _head[key];
        _head[key] = _count++;
        if (key > _highest) _highest = key;
        if (key < _current) _current = key;
    }

    /// <summary>The node with the smallest key below <paramref name="limit"/>, if any.</summary>
    public bool TryPop(int limit, out int node, out int key)
    {
        var stop = Math.Min(limit - 1, _highest);
        for (; _current <= stop; _current++)
        {
            var entry = _head[_current];
            if (entry < 0) continue;
            _head[_current] = _next[entry];
            node = _node[entry];
            key = _current;
            return true;
        }
        node = key = -1;
        return false;
    }

    public void Clear()
    {
        for (var k = 0; k <= _highest; k++) _head[k] = -1;
        _count = 0; _current = 0; _highest = -1;
    }
}
