package feeds

import (
	"bytes"
	"encoding/json"
	"fmt"

	gf "github.com/gorilla/feeds"

	"github.com/feedsieve/feedsieve/storage"
)

// jsonFeed is a JSON Feed 1.1 document. It wraps gorilla's JSONFeed so
// that "items" is present even when empty, as the format requires.
type jsonFeed struct {
	gf.JSONFeed
	Items []*jsonItem `json:"items"`
}

// jsonItem adds the item language of JSON Feed 1.1 to gorilla's JSONItem,
// and attachments with 64-bit sizes (media.go).
type jsonItem struct {
	gf.JSONItem
	Language    string           `json:"language,omitempty"`
	Attachments []jsonAttachment `json:"attachments,omitempty"`
}

// renderJSON writes a topic's items as a JSON Feed 1.1 document, with the
// same entries and ids as the Atom feed.
func renderJSON(d *document) ([]byte, error) {
	t, site := d.Topic, d.Site
	f := jsonFeed{
		JSONFeed: gf.JSONFeed{
			Version:     "https://jsonfeed.org/version/1.1",
			Title:       t.Title,
			HomePageUrl: site.HomeURL(),
			FeedUrl:     site.FeedURL(t.ID, "json"),
			Description: t.Description,
			Authors:     []*gf.JSONAuthor{{Name: "feedsieve", Url: site.HomeURL()}},
		},
		Items: make([]*jsonItem, 0, len(d.Items)),
	}
	if site.Hub != "" {
		f.Hubs = []*gf.JSONHub{{Type: "WebSub", Url: site.Hub}}
	}
	for _, it := range d.Items {
		f.Items = append(f.Items, newJSONItem(it))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // content_html is clearer unescaped, and JSON needs no escaping of <
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("render json feed %s: %w", t.ID, err)
	}
	return buf.Bytes(), nil
}

// newJSONItem writes an item as a JSON Feed item. The item is clean
// (clean.go): title and tags are text, content_html is sanitized HTML and
// url is a safe link; without HTML the title is content_text, as text.
func newJSONItem(it *storage.Item) *jsonItem {
	published, modified := it.Published.UTC(), it.Updated.UTC()
	j := &jsonItem{JSONItem: gf.JSONItem{
		Id:            publishedID(it),
		Url:           it.Link,
		Title:         nonEmpty(it.Title, "(untitled)"),
		ContentHTML:   nonEmpty(it.Content, it.Summary),
		PublishedDate: &published,
		Tags:          it.Categories,
		Image:         it.Image,
	}, Language: itemLanguage(it), Attachments: jsonAttachments(it)}
	if !modified.IsZero() && !modified.Equal(published) {
		j.ModifiedDate = &modified
	}
	if j.ContentHTML == "" {
		j.ContentText = j.Title // an item needs content_html or content_text
	}
	for _, p := range it.Authors {
		j.Authors = append(j.Authors, &gf.JSONAuthor{Name: nonEmpty(p.Name, p.Email), Url: p.URI})
	}
	return j
}
