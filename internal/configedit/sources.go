package configedit

// Source is one item of the sources list of config.yaml.
type Source struct{ Name, URL string }

var sourcesList = topList{key: "sources", noun: "source"}

// AddSources returns data, a config.yaml, with add appended to the end of
// its top-level sources list. The items are inserted as text, in the
// indentation and quoting of the list's last item, so that the rest of the
// file stays byte for byte as it was. A missing sources key is appended at
// the end of the file; an empty one (sources:, sources: ~, sources: []) gets
// a block list. A non-empty flow list (sources: [{...}]) is an error: it
// has to be rewritten by hand. AddSources does not validate names or URLs;
// run the config check on the result. With nothing to add it returns data.
func AddSources(data []byte, add []Source) ([]byte, error) {
	if len(add) == 0 {
		return data, nil
	}
	entries := make([]entry, len(add))
	for i, s := range add {
		entries[i] = entry{{key: "name", value: s.Name}, {key: "url", value: s.URL}}
	}
	return appendItems(data, sourcesList, entries)
}
