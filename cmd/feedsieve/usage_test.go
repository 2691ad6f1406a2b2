package main

import (
	"strings"
	"testing"
)

// TestUsageTexts: --version works as the version command does, and a
// command's usage names its arguments in one usage line.
func TestUsageTexts(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-version"}, {"version"}} {
		if code, out, errOut := runIn(args...); code != 0 || !strings.HasPrefix(out, "feedsieve ") || errOut != "" {
			t.Errorf("feedsieve %s: exit %d, %q %q", args[0], code, out, errOut)
		}
	}
	for _, tt := range []struct {
		args []string
		line string
	}{
		{[]string{"sources", "add", "-h"}, "Usage: feedsieve sources add [flags] NAME URL\n"},
		{[]string{"opml", "import", "-h"}, "Usage: feedsieve opml import [flags] FILE\n"},
		{[]string{"refresh", "-h"}, "Usage: feedsieve refresh [flags] [NAME...]\n"},
	} {
		code, _, errOut := runIn(tt.args...)
		if code != 0 || !strings.HasPrefix(errOut, tt.line) || strings.Count(errOut, "Usage:") != 1 {
			t.Errorf("feedsieve %s: exit %d\n%s", strings.Join(tt.args, " "), code, errOut)
		}
	}
}
