package feeds

import (
	"fmt"
	"os"
	"path/filepath"
)

// staticDir is a directory of published files for any static web server:
// every feed and topic page (<id>.html), index.html, sources.html,
// opml.xml and the feeds' stylesheet feed.xsl. Files are replaced atomically, and
// only when their bytes change. It is used from the publisher's goroutine
// only.
type staticDir struct {
	dir    string
	render *Renderer
	last   map[string]string // file name → tag of the bytes written
}

func newStaticDir(dir string, render *Renderer) *staticDir {
	return &staticDir{dir: dir, render: render, last: make(map[string]string)}
}

// prepare creates the directory and writes the OPML list, which changes
// only with the config, and the feeds' stylesheet.
func (d *staticDir) prepare(topics []Topic) error {
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return fmt.Errorf("publish directory: %w", err)
	}
	body, err := renderOPML(d.render.Site(), topics)
	if err != nil {
		return err
	}
	if err := d.write(xslFile, feedXSL); err != nil {
		return err
	}
	return d.write("opml.xml", body)
}

// writePage writes a topic's page, unless its name is taken (Site.TopicURL).
func (d *staticDir) writePage(s *Server, t Topic) error {
	if d.render.Site().TopicURL(t.ID) == "" {
		return nil
	}
	body, _, err := s.renderPage(d.render, t)
	if err != nil {
		return err
	}
	return d.write(t.ID+".html", body)
}

// writeFeed writes one format of a topic's feed and returns its URL and tag.
func (d *staticDir) writeFeed(s *Server, t Topic, format string) (feedVersion, error) {
	body, _, err := s.renderWith(d.render, t, format)
	if err != nil {
		return feedVersion{}, err
	}
	if err := d.write(t.ID+"."+format, body); err != nil {
		return feedVersion{}, err
	}
	return feedVersion{d.render.Site().FeedURL(t.ID, format), etagOf(body)}, nil
}

// writeIndex writes the index page and the sources page.
func (d *staticDir) writeIndex(s *Server) error {
	body, err := s.renderIndex(d.render.Site())
	if err != nil {
		return err
	}
	if err := d.write("index.html", body); err != nil {
		return err
	}
	if body, err = s.renderSources(d.render.Site()); err != nil {
		return err
	}
	return d.write(staticSourcesFile, body)
}

// write replaces a file unless it already holds body.
func (d *staticDir) write(name string, body []byte) error {
	tag := etagOf(body)
	if d.last[name] == tag {
		return nil
	}
	if err := writeFileAtomic(filepath.Join(d.dir, name), body); err != nil {
		return err
	}
	d.last[name] = tag
	return nil
}

// writeFileAtomic writes a file so that readers see the old or the new
// bytes, never a part: a temporary file in the same directory is written,
// synced and renamed over the old one, and the directory is synced.
func writeFileAtomic(path string, body []byte) (err error) {
	dir, name := filepath.Split(path)
	tmp, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	if _, err = tmp.Write(body); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	if dir == "" {
		dir = "."
	}
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
