namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// The mentions of one article, never overlapping. A rule's mention is added where nothing is, replaces the
// mentions it strictly covers (the model found part of a name), and yields to a mention that covers it or crosses it.
internal sealed class CandidateSet
{
    private readonly List<EntityCandidate> _items = [];

    public IReadOnlyList<EntityCandidate> Items => _items;

    // Adds the inner recognizer's mentions as they are, dropping any that overlaps one already kept.
    public void AddInner(EntityCandidate candidate)
    {
        if (!_items.Exists(c => c.Overlaps(candidate.Start, candidate.End)))
        {
            _items.Add(candidate);
        }
    }

    // Adds a rule's mention under the policy above. With overrideModel the rule's type wins on an
    // identical span and it replaces the model's mentions it covers; without, it only fills gaps.
    public bool AddRule(EntityCandidate candidate, bool overrideModel = true) =>
        AddRule(candidate, overrideModel, overrideModel ? static _ => true : static c => c.FromRule);

    // As above, with mayReplace deciding which covered mentions the rule's mention may replace.
    public bool AddRule(EntityCandidate candidate, bool overrideModel, Predicate<EntityCandidate> mayReplace)
    {
        List<EntityCandidate> overlapping = _items.FindAll(c => c.Overlaps(candidate.Start, candidate.End));
        if (overlapping.Count == 0)
        {
            _items.Add(candidate);
            return true;
        }

        if (overlapping.Count == 1 && overlapping[0].Start == candidate.Start && overlapping[0].End == candidate.End)
        {
            if (overrideModel)
            {
                overlapping[0].Type = candidate.Type;
            }

            return false;
        }

        if (overlapping.TrueForAll(c => candidate.Contains(c.Start, c.End) && mayReplace(c)))
        {
            _items.RemoveAll(overlapping.Contains);
            _items.Add(candidate);
            return true;
        }

        return false;
    }

    public bool IsFree(int start, int end) => !_items.Exists(c => c.Overlaps(start, end));

    public void RemoveWhere(Predicate<EntityCandidate> match) => _items.RemoveAll(match);

    public void Sort() => _items.Sort(static (a, b) => a.Start.CompareTo(b.Start));
}
