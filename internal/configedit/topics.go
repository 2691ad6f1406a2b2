package configedit

import "fmt"

// Topic is a new item of the topics list of config.yaml: a topic without
// keywords, which takes every item of its sources.
type Topic struct {
	ID, Title string
	Sources   []string // source names; at least one
}

var topicsList = topList{key: "topics", noun: "topic"}

// AddTopics returns data, a config.yaml, with add appended to the end of
// its top-level topics list, as AddSources appends sources: as text in the
// indentation and quoting of the list's last item, every other byte as it
// was. Each topic is written as its id, its title and a block list of its
// sources. A topic without sources is an error, as it would take every
// item of every source. AddTopics does not validate ids or names; run the
// config check on the result. With nothing to add it returns data.
func AddTopics(data []byte, add []Topic) ([]byte, error) {
	if len(add) == 0 {
		return data, nil
	}
	entries := make([]entry, len(add))
	for i, t := range add {
		if len(t.Sources) == 0 {
			return nil, fmt.Errorf("config: new topic %d (%q) has no sources", i, t.ID)
		}
		entries[i] = entry{{key: "id", value: t.ID}, {key: "title", value: t.Title}, {key: "sources", list: t.Sources}}
	}
	return appendItems(data, topicsList, entries)
}
