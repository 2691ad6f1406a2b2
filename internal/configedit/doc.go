// Package configedit changes feedsieve's config.yaml the way a person would
// with a text editor, and reads and writes OPML subscription lists, so that
// feeds exported from a feed reader can be added to the config.
//
// AddSources and AddTopics append items to the sources and topics lists by
// inserting lines: every other byte of the file, comments and blank lines
// included, stays as it was. ParseOPML and WriteOPML read and write OPML 1.0/2.0 documents. Slug
// and UniqueName turn feed titles into source names.
package configedit
