package configedit

import "testing"

func TestNameFor(t *testing.T) {
	tests := []struct{ title, url, want string }{
		{"Le Monde – International", "https://www.lemonde.fr/rss", "le-monde-international"},
		{"Медуза — Новости", "https://meduza.io/rss/all", "meduza-novosti"},
		{"日本経済新聞", "https://www.nikkei.com/rss", "ri-ben-jing-ji-xin-wen"},
		{"", "https://www.nikkei.com/rss", "www-nikkei-com"},
		{"★ ☆ ★", "https://Feeds.Example.ORG:8443/rss", "feeds-example-org"},
		{"bbc-world", "https://x.example/", "bbc-world-2"},
		{"", "not a url", "feed"},
		{"!!!", "https://[::1]/", "1"},
		{"", "", "feed"},
	}
	known := NewSourceSet(nil)
	known.names["bbc-world"] = "https://feeds.bbci.co.uk/news/world/rss.xml"
	for _, tt := range tests {
		t.Run(tt.title+" "+tt.url, func(t *testing.T) {
			if got := known.NameFor(tt.title, tt.url); got != tt.want {
				t.Errorf("nameFor(%q, %q) = %q, want %q", tt.title, tt.url, got, tt.want)
			}
		})
	}
}
