package aggregator

// A source's own series: an outlet that reports an event again more than
// seriesGap after its first report, other than as a wire's update or a
// service report, tells news that follows it ("Brake failure caused
// Lisbon tram derailment" the day after "Tram derails in Lisbon"). Its
// words are still much like those of the story's other copies, which
// other outlets wrote the day before, so the pair with its own earlier
// report ("series", story_similarity.go) is not enough: it joins none of
// the stories that report is in, whichever copy it is most like.

// topicStory is a story in an item's i-th topic.
type topicStory struct {
	i     int
	story string
}

// ownEarlier appends to vetoes the stories of entry e in the item's
// topics (numbered nums) when e is an earlier report of p's own source,
// published more than seriesGap before it, and p is neither a wire's
// update nor a service report.
func (x *storyIndex) ownEarlier(vetoes []topicStory, p *storyPrint, e *storyEntry, nums []uint16) []topicStory {
	if !followsOwn(p, &e.print) {
		return vetoes
	}
	return storiesOf(vetoes, e, nums)
}

// ownDisagreeing appends to vetoes the stories of entry e in the item's
// topics when e is a report of p's own source that l, their likeness,
// found in conflict with it (ownConflict): an outlet that reports one
// fire with 12 engines in the morning and another with 8 in the
// afternoon reports two fires, and the second joins the first's story
// through no other outlet's rewrite of it.
func (x *storyIndex) ownDisagreeing(vetoes []topicStory, p *storyPrint, e *storyEntry, nums []uint16, l *likeness) []topicStory {
	if !ownConflict(p, &e.print, l) {
		return vetoes
	}
	return storiesOf(vetoes, e, nums)
}

// ownConflict reports whether a and b, of one source, whose likeness is
// l, are in conflict, and the later is not a wire's update, which
// revises its own report.
func ownConflict(a, b *storyPrint, l *likeness) bool {
	return l.conflict != "" && !l.sharedLink && !laterUpdate(a, b) && sameSource(a, b)
}

// storiesOf appends to vetoes the stories of entry e in the item's topics
// (numbered nums).
func storiesOf(vetoes []topicStory, e *storyEntry, nums []uint16) []topicStory {
	for i, k := range nums {
		if story, ok := e.storyIn(k); ok && k != noTopic {
			vetoes = append(vetoes, topicStory{i, story})
		}
	}
	return vetoes
}

// followsOwn reports whether p is its source's next report after
// earlier, of the same source: published more than seriesGap later, and
// neither a wire's update nor a service report.
func followsOwn(p, earlier *storyPrint) bool {
	return !p.words.update && !p.words.service && sameSource(p, earlier) && p.published.Sub(earlier.published) > seriesGap
}

// withoutVetoed drops from also the entries of the vetoed stories, but
// for those sharing the item's link, and chooses the best entry of each
// topic (best, of rank rank) again among those left.
func (x *storyIndex) withoutVetoed(also []topicEntry, vetoes []topicStory, nums []uint16, best []int32, rank []float64) []topicEntry {
	for i := range best {
		best[i], rank[i] = -1, 0
	}
	kept := also[:0]
	for _, a := range also {
		story, _ := x.entries[a.n].storyIn(nums[a.i])
		if a.rank < sharedLinkRank && vetoed(vetoes, a.i, story) {
			continue // a shared link is one story whoever published it
		}
		kept = append(kept, a)
		if best[a.i] < 0 || a.rank > rank[a.i] {
			best[a.i], rank[a.i] = a.n, a.rank
		}
	}
	return kept
}

func vetoed(vetoes []topicStory, i int, story string) bool {
	for _, v := range vetoes {
		if v.i == i && v.story == story {
			return true
		}
	}
	return false
}
