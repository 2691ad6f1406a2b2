package aggregator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "feeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name, file, ctype string
		items             int
		firstTitle        string
	}{
		{"rss 2.0", "rss2-en.xml", "", 5, "Azerbaijan launches offensive in Nagorno-Karabakh"},
		{"rss 1.0 rdf", "rdf-de.xml", "", 2, "Berg-Karabach: Zehntausende fliehen nach Armenien"},
		{"atom", "atom-hy-ru.xml", "", 4, "Լեռնային Ղարաբաղի հակամարտությունը"},
		{"json feed with null item", "json-zh.json", "", 2, "据报道纳戈尔诺-卡拉巴赫地区局势紧张"},
		{"windows-1251 declared", "cp1251-ru.xml", "text/xml; charset=utf-8", 1, "Беженцы из Карабаха прибывают в Армению"},
		{"windows-1251 from http charset", "cp1251-ru-nodecl.xml", "application/xml; charset=windows-1251", 1, "Беженцы из Карабаха прибывают в Армению"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed(fixture(t, tt.file), tt.ctype, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != tt.items || f.Items[0].Title != tt.firstTitle {
				t.Errorf("got %d items, first %q", len(f.Items), f.Items[0].Title)
			}
		})
	}
}

// TestParseFeedDeclaredEncodings parses feeds whose XML declaration names
// their encoding, stateful ones too: ParseFeed converts them and tells
// the parser the result is UTF-8. A declaration written with spaces
// around its = was not converted before.
func TestParseFeedDeclaredEncodings(t *testing.T) {
	tests := []struct {
		name, decl string
		enc        encoding.Encoding
		want       string
	}{
		{"iso-2022-jp", `encoding="ISO-2022-JP"`, japanese.ISO2022JP, "ニュース"},
		{"shift_jis", `encoding='Shift_JIS'`, japanese.ShiftJIS, "ニュース"},
		{"windows-1251 with spaces", `encoding = "windows-1251"`, charmap.Windows1251, "Новости"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<?xml version="1.0" ` + tt.decl + `?><rss version="2.0"><channel><title>t</title><item><title>` + tt.want + `</title></item></channel></rss>`
			body, err := tt.enc.NewEncoder().Bytes([]byte(doc))
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseFeed(body, "", 0)
			if err != nil || len(f.Items) != 1 || f.Items[0].Title != tt.want {
				t.Fatalf("%+v, %v", f, err)
			}
		})
	}
}

func TestParseFeedRootAfterLongComment(t *testing.T) {
	body := "<?xml version=\"1.0\"?>\n<!--" + strings.Repeat("x", 5000) + "-->\n" + string(fixture(t, "rss2-en.xml"))[len(`<?xml version="1.0" encoding="UTF-8"?>`):]
	f, err := ParseFeed([]byte(body), "", 0)
	if err != nil || len(f.Items) != 5 {
		t.Fatalf("root after 5 KB: %v", err)
	}
}

func TestParseFeedErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"empty", "", "empty response body, not a feed"},
		{"html page", "<!DOCTYPE html><html><body>hi</body></html>", "got an HTML page, not a feed"},
		{"other root", "<note/>", "root element <note> is not a feed"},
		{"plain text", "hello", "response is neither XML nor JSON, not a feed"},
		{"truncated json", `{"version":"https://jsonfeed.org/version/1.1","items":[`, "parse JSON Feed"},
		{"json items not a list", `{"version":"https://jsonfeed.org/version/1.1","items":null}`, ""},
		{"json, not a feed", `{"error":"not found"}`, "JSON document is not a JSON Feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFeed([]byte(tt.body), "", 0)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"rss2-en.xml", "rdf-de.xml", "atom-hy-ru.xml", "json-zh.json", "cp1251-ru.xml"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "feeds", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		ParseFeed(body, "", 0) // must not panic
	})
}
