package aggregator

import (
	"mime"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/feedsieve/feedsieve/storage"
	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
)

// itemMedia collects the media files an item carries, so that podcast
// and photo feeds stay usable when republished: RSS <enclosure>, Atom
// link rel="enclosure" and JSON Feed attachments (as gofeed reads them),
// then Media RSS media:content, also within media:group. Its image is
// gofeed's (JSON Feed image or banner_image, itunes:image, an image
// media:content or enclosure), else the first media:thumbnail. URLs are
// resolved against base; only http(s) ones are kept, each once, at most
// MaxEnclosures.
func itemMedia(fi *gofeed.Item, base *url.URL) ([]storage.Enclosure, string) {
	var out []storage.Enclosure
	add := func(rawURL, typ, length string) {
		link := mediaURL(base, rawURL)
		if link == "" || len(out) == MaxEnclosures {
			return
		}
		for _, e := range out {
			if e.URL == link {
				return
			}
		}
		out = append(out, storage.Enclosure{URL: link, Type: mediaType(typ, link), Length: mediaLength(length)})
	}
	for _, e := range fi.Enclosures {
		if e != nil {
			add(e.URL, e.Type, e.Length)
		}
	}
	media := fi.Extensions["media"]
	for _, c := range mediaElements(media, "content") {
		typ := c.Attrs["type"]
		if typ == "" && c.Attrs["medium"] == "image" {
			typ = "image/*" // mediaType guesses from the URL, else drops it
		}
		add(c.Attrs["url"], typ, c.Attrs["fileSize"])
	}
	image := ""
	if fi.Image != nil {
		image = mediaURL(base, fi.Image.URL)
	}
	for _, t := range mediaElements(media, "thumbnail") {
		if image != "" {
			break
		}
		image = mediaURL(base, t.Attrs["url"])
	}
	return out, image
}

// mediaElements lists the media:NAME elements of an item, its own first,
// then those within its media:group elements.
func mediaElements(media map[string][]ext.Extension, name string) []ext.Extension {
	list := media[name]
	for _, g := range media["group"] {
		list = append(list, g.Children[name]...)
	}
	return list
}

// mediaURL is an absolute http(s) URL of at most MaxFeedLinkBytes, or "".
func mediaURL(base *url.URL, raw string) string {
	return feedLink(webLink(resolveLink(base, raw)))
}

// mediaType is typ as a MIME type without parameters, in lower case;
// when typ is missing or not a valid concrete type, the type the URL's
// extension names, else "".
func mediaType(typ, link string) string {
	if t, _, err := mime.ParseMediaType(strings.TrimSpace(typ)); err == nil && len(t) <= MaxMediaTypeBytes && !strings.HasSuffix(t, "/*") && strings.Contains(t, "/") {
		return t
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return mediaTypes[strings.ToLower(path.Ext(u.Path))]
}

// mediaTypes are the types of the media files feeds carry, by file name
// extension: a table of our own, as mime.TypeByExtension depends on the
// machine's mime.types.
var mediaTypes = map[string]string{
	".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".aac": "audio/aac", ".ogg": "audio/ogg", ".oga": "audio/ogg",
	".opus": "audio/ogg", ".flac": "audio/flac", ".wav": "audio/wav",
	".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm", ".mov": "video/quicktime", ".ogv": "video/ogg",
	".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".webp": "image/webp",
	".avif": "image/avif", ".svg": "image/svg+xml", ".pdf": "application/pdf", ".epub": "application/epub+zip",
}

// mediaLength is a media file's length in bytes, 0 when unknown or not a
// number.
func mediaLength(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
