package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/internal/api"
)

// TestStatusNamesArticleFailures: status says how many of a full_text
// source's article pages failed at its last poll that fetched any, and
// says nothing of a source whose pages all came.
func TestStatusNamesArticleFailures(t *testing.T) {
	var out bytes.Buffer
	printStatus(&out, []api.SourceStatus{
		{Name: "daily", Status: "ok", ArticlesFetched: 198, ArticleFailures: 2},
		{Name: "wire", Status: "ok", ArticlesFetched: 40},
	}, time.Now())
	if !strings.Contains(out.String(), "daily: 2 of the last poll's 200 article pages failed (full_text); those items have their feed text") ||
		strings.Contains(out.String(), "wire: ") {
		t.Errorf("status:\n%s", out.String())
	}
}
