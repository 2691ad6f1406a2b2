package storage

// dropDuplicates keeps one entry per identity key, in document order. A
// feed that carries one item twice (the same GUID with two contents) would
// otherwise have each copy overwrite the other on every poll: the item
// reported updated, its updated time moved to the poll and the item filed
// and republished again, though the feed did not change. The copy kept is
// the one with the latest updated time, the first in the document among
// equals, so that the same bytes always store the same item. It returns
// how many entries it dropped.
func dropDuplicates(in []prepared) ([]prepared, int) {
	if len(in) < 2 {
		return in, 0
	}
	at := make(map[string]int, len(in)) // identity key → index in out
	out := make([]prepared, 0, len(in))
	for _, p := range in {
		i, seen := at[p.ik]
		if !seen {
			at[p.ik] = len(out)
			out = append(out, p)
			continue
		}
		if p.Item.Updated.After(out[i].Item.Updated) {
			out[i] = p
		}
		out[i].dup = true
	}
	return out, len(in) - len(out)
}
