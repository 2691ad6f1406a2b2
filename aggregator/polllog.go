package aggregator

import (
	"context"
	"log/slog"
	"time"
)

// logPoll logs the line of a finished poll: at Info, or at Warn when it
// failed.
func (a *Aggregator) logPoll(ctx context.Context, src Source, res *PollResult) {
	msg, level := "poll", slog.LevelInfo
	if res.Err != nil {
		msg, level = "poll failed", slog.LevelWarn
	}
	if !a.log.Enabled(ctx, level) {
		return // a level the logger drops: build no line
	}
	attrs := make([]slog.Attr, 0, 12)
	attrs = append(attrs, slog.String("source", src.Name))
	if res.Status != 0 { // 0: no response (a DNS or connection failure)
		attrs = append(attrs, slog.Int("status", res.Status))
	}
	attrs = append(attrs, slog.Duration("duration", res.Duration.Round(time.Millisecond)), slog.Int("new", res.New), slog.Int("updated", res.Updated))
	for _, n := range []struct {
		key   string
		count int
	}{{"expired", res.Expired}, {"over_quota", res.OverQuota}} {
		if n.count > 0 { // items not stored: older than retention, or over the source's quota
			attrs = append(attrs, slog.Int(n.key, n.count))
		}
	}
	if res.Dropped > 0 {
		attrs = append(attrs, slog.Int("dropped", res.Dropped))
	}
	attrs = res.Articles.logAttrs(attrs)
	if res.Err != nil {
		attrs = append(attrs, slog.String("url", a.opts.PublicURL(src)), slog.String("error", res.Err.Error()))
	}
	a.log.LogAttrs(ctx, level, msg, attrs...)
}
