package aggregator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/feedsieve/feedsieve/storage"
)

// matcherVersion changes whenever matching semantics change, so that stored
// items are re-filed under the new rules.
const matcherVersion = "5"

const metaTopicRules = "topic_rules"

// SyncTopics re-files every stored item when the topic rules (or the
// matcher) differ from those the items were filed with, so that a changed
// keyword list applies to history at once. It returns how many items
// changed topics.
func (a *Aggregator) SyncTopics() (int, error) {
	h, err := rulesHash(a.opts.Topics)
	if err != nil {
		return 0, err
	}
	old, err := a.store.Meta(metaTopicRules)
	if err != nil {
		return 0, fmt.Errorf("read topic rules: %w", err)
	}
	if old == h {
		return 0, nil
	}
	return a.refile(h, nil)
}

// Refile files every stored item again under the current topic rules,
// whether or not they changed, calling progress (when not nil) with the
// number of items handled so far. It returns how many items changed topics.
func (a *Aggregator) Refile(progress func(done int)) (int, error) {
	h, err := rulesHash(a.opts.Topics)
	if err != nil {
		return 0, err
	}
	return a.refile(h, progress)
}

func (a *Aggregator) refile(rulesHash string, progress func(done int)) (int, error) {
	classify := func(it *storage.Item) []storage.Match {
		ms := a.matcher.Classify(it)
		keepStories(it, ms)
		return ms
	}
	n, err := a.store.ReindexProgress(a.topicIDs(), classify, progress)
	if err != nil {
		return n, err
	}
	if err := a.store.SetMeta(metaTopicRules, rulesHash); err != nil {
		return n, fmt.Errorf("store topic rules: %w", err)
	}
	return n, nil
}

// topicIDs lists the ids of the configured topics.
func (a *Aggregator) topicIDs() []string {
	ids := make([]string, len(a.opts.Topics))
	for i, t := range a.opts.Topics {
		ids[i] = t.ID
	}
	return ids
}

func rulesHash(topics []Topic) (string, error) {
	b, err := json.Marshal(struct {
		Version string
		Topics  []Topic
	}{matcherVersion, topics})
	if err != nil {
		return "", fmt.Errorf("hash topic rules: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// topicsOf names the topics of an item's matches.
func topicsOf(ms []storage.Match) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Topic)
	}
	return out
}

// appendChanged adds to changed the topics an item joins or stays in
// (its content may have changed) and the ones it leaves.
func appendChanged(changed, before []string, after []storage.Match) []string {
	for _, t := range before {
		if !slices.Contains(changed, t) {
			changed = append(changed, t)
		}
	}
	for _, m := range after {
		if !slices.Contains(changed, m.Topic) {
			changed = append(changed, m.Topic)
		}
	}
	return changed
}
