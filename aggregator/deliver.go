package aggregator

import (
	"context"
	"fmt"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// DefaultPushInterval is how often a source whose hub pushes its changes
// (Options.Pushed) is still polled, in case a push is lost.
const DefaultPushInterval = 6 * time.Hour

// Deliver stores a feed document that a WebSub hub pushed for a source
// as a poll stores a fetched one: parsed with the same limits, filed,
// deduplicated and written with the source's state, which keeps its
// validators for the next poll. topic is the URL the document is from,
// which relative links resolve against. A source not in the config gets
// an error. The result goes to OnPolled like a poll's.
func (a *Aggregator) Deliver(ctx context.Context, source string, body []byte, contentType, topic string) PollResult {
	src, ok := a.sourceNamed(source)
	if !ok {
		return PollResult{Source: source, Err: fmt.Errorf("deliver: %w %q", ErrUnknownSource, source)}
	}
	if int64(len(body)) > a.opts.MaxBody && a.opts.MaxBody > 0 {
		return PollResult{Source: source, Err: fmt.Errorf("deliver %s: %w (%d bytes)", source, ErrTooLarge, a.opts.MaxBody)}
	}
	pushed := func(_ context.Context, _ Source, st *storage.SourceState) (*Response, error) {
		return &Response{Status: 200, Body: body, URL: topic, ContentType: contentType, ETag: st.ETag, LastModified: st.LastModified, Pushed: true}, nil
	}
	return a.pollSlotWith(ctx, src, func() {}, pushed)
}

// sourceNamed finds a configured source by name.
func (a *Aggregator) sourceNamed(name string) (Source, bool) {
	for _, s := range a.opts.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}
