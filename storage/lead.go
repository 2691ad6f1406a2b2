package storage

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// StoryMember names an item of a story, as the story index knows it.
type StoryMember struct {
	ID       string
	NormLink string
}

// StoryLead asks that the first stored one of Members lead Story in
// Topic, or with Earliest the earliest published stored one.
type StoryLead struct {
	Topic, Story string
	Members      []StoryMember
	Earliest     bool
}

// SetLeads makes, for each story, the first stored one of its members
// lead it in its topic: of those found under their link (or, without a
// link, their id) filed in the topic under the story, the first listed,
// or with Earliest the one published first (of copies published at once,
// or without a time, the first listed). The writes share one
// transaction, itself shared with concurrent commits. It returns the ids
// of the items that lead, "" for a story of which no member is stored.
func (s *Store) SetLeads(leads []StoryLead) ([]string, error) {
	out := make([]string, len(leads))
	err := s.commits.update(func(tx *bolt.Tx) error {
		for i, l := range leads {
			id, err := setLead(tx, l)
			if err != nil {
				return fmt.Errorf("story %s in topic %s: %w", l.Story, l.Topic, err)
			}
			out[i] = id
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("set the leads of stories in %s: %w", s.path, err)
	}
	return out, nil
}

func setLead(tx *bolt.Tx, l StoryLead) (string, error) {
	var leadRef []byte
	var lead *Item
	for _, m := range l.Members {
		ref, it, err := storedMember(tx, m)
		if err != nil {
			return "", err
		}
		if it == nil {
			continue
		}
		if i := matchIndex(it, l.Topic); i < 0 || it.Topics[i].Story != l.Story {
			continue
		}
		if lead == nil || publishedBefore(it, lead) {
			leadRef, lead = bytes.Clone(ref), it
		}
		if !l.Earliest {
			break
		}
	}
	if lead == nil {
		return "", nil
	}
	if i := matchIndex(lead, l.Topic); !lead.Topics[i].Lead {
		lead.Topics[i].Lead = true
		if err := tx.Bucket(bucketItems).Put(leadRef, encodeItem(lead)); err != nil {
			return "", err
		}
	}
	return lead.ID, nil
}

// publishedBefore reports whether a was published before b; an item
// without a time of publication comes after those with one.
func publishedBefore(a, b *Item) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return !a.Published.IsZero() && b.Published.IsZero()
	}
	return a.Published.Before(b.Published)
}

// storedMember finds a story member by its link, or by its id when it
// has none; nil when it is not stored.
func storedMember(tx *bolt.Tx, m StoryMember) ([]byte, *Item, error) {
	links := tx.Bucket(bucketLinks)
	if m.NormLink == "" || isPageMark(links.Get(dbKey(m.NormLink))) {
		want, err := decodeID(m.ID)
		if err != nil {
			return nil, nil, err
		}
		return itemByID(tx, want)
	}
	ref := links.Get(dbKey(m.NormLink))
	if ref == nil {
		return nil, nil, nil
	}
	v := tx.Bucket(bucketItems).Get(ref)
	if v == nil {
		return nil, nil, nil
	}
	it, err := decodeItem(v)
	return ref, it, err
}

func matchIndex(it *Item, topic string) int {
	for i, m := range it.Topics {
		if m.Topic == topic {
			return i
		}
	}
	return -1
}
