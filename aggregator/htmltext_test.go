package aggregator

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"Nagorno&#8209;Karabakh &amp; Kara&shy;bakh", "Nagorno\u2011Karabakh & Kara\u00adbakh"},
		{`<p>One</p><p>two</p>`, "One  two"},
		{`<b>Kara</b>bakh`, "Karabakh"},
		{`<a href="https://x.test/karabakh" title='Karabakh > here'>link</a>`, "link"},
		{`<img alt=Karabakh src=x.png>after`, "after"},
		{`before<script>var karabakh = "</p>";</script>after`, "before  after"},
		{`<STYLE>.karabakh{}</STYLE>x`, "x"},
		{`a<!-- Karabakh -->b<!---->c<!-->d`, "abcd"},
		{`a<!DOCTYPE html>b<?xml version="1.0"?>c`, "abc"},
		{`<title>A &amp; B</title>`, "A & B"},
		{`<xmp>&amp;<b></xmp>`, "&amp;<b>"},
		{`1 < 2 and 3 > 2`, "1 < 2 and 3 > 2"},
		{`a</>b`, "ab"},
		{`text <a href="unclosed`, "text"},
		{`<noscript><img src="k.png" alt="Karabakh map"></noscript>after`, "after"},
		{`<noscript><p>Karabakh</p></noscript>`, "Karabakh"},
		{`&amp;lt;b&amp;gt;Karabakh&amp;lt;/b&amp;gt; news`, "Karabakh news"},
		{`Lachin&amp;nbsp;corridor`, "Lachin\u00a0corridor"},
		{`&amp;amp; twice`, "& twice"},
		{`a &lt; b &amp;amp; c`, "a < b &amp; c"}, // text about markup: reduced once
		{`AT&amp;T`, "AT&T"},
	}
	for _, tt := range tests {
		if got := HTMLText(tt.in); got != tt.want {
			t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// referenceHTMLText is HTMLText written with golang.org/x/net/html's
// tokenizer: slower, and the reference the fast one must agree with.
func referenceHTMLText(s string) string { return reduceTwice(referenceTextOnce, s) }

func referenceTextOnce(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := atom.Atom(0) // inside <script> or <style>
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				skip = a
			}
			if a == atom.Noscript {
				z.NextIsNotRawText()
			}
			if !inlineTags[a] {
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == skip {
				skip = 0
			}
			if !inlineTags[a] {
				b.WriteByte(' ')
			}
		}
	}
}

// FuzzHTMLText checks that HTMLText yields the same words as the
// reference built on golang.org/x/net/html.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		`<p>Nagorno&#8209;Karabakh</p>`, `<b>Kara</b>bakh`, `<a href="x" title='y>z'>t</a>`, `<script>x</script>y`,
		`a<!-- c -->b`, `<!DOCTYPE html>x`, `<title>&amp;</title>`, `1 < 2`, `</>`, `<a b=c d = "e" f>g`,
		`<textarea>&lt;b&gt;</textarea>`, `<plaintext><p>x`, `<noscript><img alt="x"></noscript>y`, `&amp;lt;b&amp;gt;x`, `<style>a</style >b`, `<br/>x<hr />y`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Contains(strings.ToLower(s), "<script") && strings.Contains(s, "<!--") {
			return // script comment escapes are a documented simplification
		}
		if got, want := Words(HTMLText(s)), Words(referenceHTMLText(s)); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("HTMLText(%q)\nwords %q\nx/net %q", s, got, want)
		}
	})
}

// FuzzHTMLTextPrefix: the text of any fragment's start is the start of
// its text, no longer than asked, cut where a character starts.
func FuzzHTMLTextPrefix(f *testing.F) {
	for _, s := range []string{`<p>Nagorno&#8209;Karabakh</p> and more`, `<b>Kara</b>bakh &amp; Lachin`, `&amp;lt;b&amp;gt;x y z`, "日本語のテキスト<br>です"} {
		f.Add(s, uint16(7))
	}
	f.Fuzz(func(t *testing.T, s string, n uint16) {
		p, full := htmlTextPrefix(s, int(n)), HTMLText(s)
		if len(p) > int(n) || !strings.HasPrefix(full, p) || utf8.ValidString(full) && !utf8.ValidString(p) {
			t.Fatalf("htmlTextPrefix(%q, %d) = %q, not the start of %q", s, n, p, full)
		}
	})
}
