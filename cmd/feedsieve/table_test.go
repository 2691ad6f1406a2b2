package main

import (
	"strings"
	"testing"
)

// TestTableAlignsWideText: columns line up as a terminal shows them, with
// CJK titles (two columns a character) and combining marks (none).
func TestTableAlignsWideText(t *testing.T) {
	var tw table
	tw.add("SOURCE", "TITLE", "LINK")
	tw.add("nikkei", "日本経済新聞", "https://a.test/1")
	tw.add("bbc", "Karabakh", "https://a.test/2")
	tw.add("le-monde", "Réfugiés", "https://a.test/3") // é as e + U+0301
	var b strings.Builder
	tw.write(&b)
	want := "SOURCE    TITLE         LINK\n" +
		"nikkei    日本経済新聞  https://a.test/1\n" +
		"bbc       Karabakh      https://a.test/2\n" +
		"le-monde  Réfugiés      https://a.test/3\n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
	for in, want := range map[string]string{
		"Karabak":          "Karabak",
		"日本経済新聞":           "日本経…",
		"Nagorno-Karabakh": "Nagorn…",
	} {
		if got := clip(in, 7); got != want || displayWidth(got) > 7 {
			t.Errorf("clip(%q, 7) = %q, want %q", in, got, want)
		}
	}
}
