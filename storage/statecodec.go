package storage

import (
	"encoding/json"
	"errors"
)

// A source state is written in the binary form of items (see itemV2):
// stateV2, then its fields in a fixed order. Fields added later are
// written in sections after the first ones, each only when it or a later
// one is set, so that a state reads as it did before they were kept:
// the counts of items not stored and the body's hash, then the article
// counts, then the page links, then the shared GUIDs. What a source
// remembers of items (Seen) is stored apart (seen.go).
// stateV2 marks a source state in the binary form.
const stateV2 = 0x02

func encodeState(st *SourceState) []byte {
	e := fieldEncoder{b: make([]byte, 0, 128+len(st.URL)+len(st.Error)+len(st.FeedTitle))}
	e.b = append(e.b, stateV2)
	for _, s := range []string{st.URL, st.ETag, st.LastModified} {
		e.string(s)
	}
	e.time(st.LastAttempt)
	e.time(st.LastSuccess)
	e.uvarint(uint64(st.Status))
	e.string(st.Error)
	e.uvarint(uint64(st.Failures))
	e.uvarint(uint64(st.ItemsSeen))
	e.string(st.FeedTitle)
	e.string(st.FeedLink)
	e.time(st.NextPoll)
	e.string(st.MovedTo)
	gone := uint64(0)
	if st.Gone {
		gone = 1
	}
	e.uvarint(gone)
	guids := len(st.SharedGUIDs) > 0
	pages := guids || len(st.PageLinks) > 0
	articles := pages || st.ArticlesFetched > 0 || st.ArticleFailures > 0
	if articles || st.Expired > 0 || st.OverQuota > 0 || st.Dropped > 0 || len(st.BodyHash) > 0 { // left out, a state reads as it did before they were kept
		e.uvarint(uint64(st.Expired))
		e.uvarint(uint64(st.OverQuota))
		e.uvarint(uint64(st.Dropped))
		e.string(string(st.BodyHash))
	}
	if articles {
		e.uvarint(uint64(st.ArticlesFetched))
		e.uvarint(uint64(st.ArticleFailures))
	}
	if pages {
		e.strings(st.PageLinks)
	}
	if guids {
		e.strings(st.SharedGUIDs)
	}
	return e.b
}

// decodeState reads a source state in the binary form, or in the JSON
// of earlier versions.
func decodeState(b []byte, st *SourceState) error {
	if len(b) > 0 && b[0] == '{' {
		return json.Unmarshal(b, st)
	}
	if len(b) == 0 || b[0] != stateV2 {
		return errors.New("not a stored source state")
	}
	d := fieldDecoder{s: string(b[1:])}
	*st = SourceState{URL: d.string(), ETag: d.string(), LastModified: d.string()}
	st.LastAttempt, st.LastSuccess = d.time(), d.time()
	st.Status = int(d.uvarint())
	st.Error = d.string()
	st.Failures, st.ItemsSeen = int(d.uvarint()), int(d.uvarint())
	st.FeedTitle, st.FeedLink = d.string(), d.string()
	st.NextPoll = d.time()
	st.MovedTo = d.string()
	st.Gone = d.uvarint() == 1
	if d.err == nil && d.pos < len(d.s) {
		st.Expired, st.OverQuota, st.Dropped = int(d.uvarint()), int(d.uvarint()), int(d.uvarint())
		if h := d.string(); h != "" {
			st.BodyHash = []byte(h)
		}
	}
	if d.err == nil && d.pos < len(d.s) {
		st.ArticlesFetched, st.ArticleFailures = int(d.uvarint()), int(d.uvarint())
	}
	if d.err == nil && d.pos < len(d.s) {
		st.PageLinks = d.strings()
	}
	if d.err == nil && d.pos < len(d.s) {
		st.SharedGUIDs = d.strings()
	}
	if d.err == nil && d.pos < len(d.s) {
		d.uvarint() // a flag that builds 9b362ce to 1288038 wrote, no longer kept
	}
	return d.end()
}
