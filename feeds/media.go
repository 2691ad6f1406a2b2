package feeds

import (
	"mime"
	"strconv"
	"strings"

	gf "github.com/gorilla/feeds"

	"github.com/feedsieve/feedsieve/storage"
)

// An item's media go out in each format as that format carries them, so
// that podcast and photo feeds stay usable through feedsieve: every
// enclosure as an Atom link rel="enclosure" and a JSON Feed attachment,
// one as the RSS <enclosure> (RSS allows one per item: the first audio
// or video, as podcast apps want, else the first), and the item's image
// as a Media RSS media:thumbnail in Atom and RSS and as the JSON Feed
// image.

// mediaNS is the Media RSS namespace, declared on a document only when
// one of its items has an image.
const mediaNS = "http://search.yahoo.com/mrss/"

// unknownMediaType stands in where a format requires a type the source
// feed did not give.
const unknownMediaType = "application/octet-stream"

type mediaThumbnail struct {
	URL string `xml:"url,attr"`
}

// cleanMedia keeps the enclosures whose URLs are safe (links.go), with a
// type only when it is a valid MIME type.
func cleanMedia(list []storage.Enclosure) []storage.Enclosure {
	var out []storage.Enclosure
	for _, e := range list {
		if e.URL = safeURL(e.URL); e.URL == "" {
			continue
		}
		if t, _, err := mime.ParseMediaType(e.Type); err != nil || !strings.Contains(t, "/") {
			e.Type = ""
		} else {
			e.Type = t
		}
		e.Length = max(e.Length, 0)
		out = append(out, e)
	}
	return out
}

// thumbnail is the item's image as media:thumbnail, or nil.
func thumbnail(it *storage.Item) *mediaThumbnail {
	if it.Image == "" {
		return nil
	}
	return &mediaThumbnail{URL: it.Image}
}

// usesMedia tells whether a document needs the Media RSS namespace.
func usesMedia(items []*storage.Item) bool {
	for _, it := range items {
		if it.Image != "" {
			return true
		}
	}
	return false
}

// atomEnclosures are the item's enclosures as Atom links.
func atomEnclosures(it *storage.Item) []gf.AtomLink {
	var out []gf.AtomLink
	for _, e := range it.Enclosures {
		l := gf.AtomLink{Href: e.URL, Rel: "enclosure", Type: e.Type}
		if e.Length > 0 {
			l.Length = strconv.FormatInt(e.Length, 10)
		}
		out = append(out, l)
	}
	return out
}

// rssEnclosure is the item's one RSS enclosure: its first audio or video
// file, else its first enclosure. RSS requires a type and a length; an
// unknown length is 0, as the RSS Advisory Board recommends.
func rssEnclosure(it *storage.Item) *gf.RssEnclosure {
	if len(it.Enclosures) == 0 {
		return nil
	}
	pick := it.Enclosures[0]
	for _, e := range it.Enclosures {
		if strings.HasPrefix(e.Type, "audio/") || strings.HasPrefix(e.Type, "video/") {
			pick = e
			break
		}
	}
	return &gf.RssEnclosure{Url: pick.URL, Type: nonEmpty(pick.Type, unknownMediaType), Length: strconv.FormatInt(pick.Length, 10)}
}

// jsonAttachment is a JSON Feed attachment; gorilla's JSONAttachment
// holds the size in an int32, which a long video overflows.
type jsonAttachment struct {
	URL      string `json:"url"`
	MIMEType string `json:"mime_type"`
	Size     int64  `json:"size_in_bytes,omitempty"`
}

func jsonAttachments(it *storage.Item) []jsonAttachment {
	var out []jsonAttachment
	for _, e := range it.Enclosures {
		out = append(out, jsonAttachment{URL: e.URL, MIMEType: nonEmpty(e.Type, unknownMediaType), Size: e.Length})
	}
	return out
}
