package configedit

import (
	"cmp"
	"slices"
)

// FolderTopics makes a topic of each folder that the import adds a feed
// to, in the order the folders first appear: its title is the folder's
// path (News / World), its id a free slug of it, and it lists every feed
// of the folder that is configured after the import, whether added now or
// before. A feed listed in several folders is added once, under its first
// title, and listed in each folder's topic.
func FolderTopics(outlines []Outline, known *SourceSet, added map[string]bool, topicIDs []string) []Topic {
	var folders []Topic
	index := map[string]int{}
	fresh := map[string]bool{}
	for _, o := range outlines {
		name := known.NameOf(o.XMLURL)
		if o.Folder == "" || name == "" {
			continue
		}
		i, ok := index[o.Folder]
		if !ok {
			i, index[o.Folder] = len(folders), len(folders)
			folders = append(folders, Topic{Title: o.Folder})
		}
		if !slices.Contains(folders[i].Sources, name) {
			folders[i].Sources = append(folders[i].Sources, name)
		}
		fresh[o.Folder] = fresh[o.Folder] || added[name]
	}
	taken := map[string]bool{}
	for _, id := range topicIDs {
		taken[id] = true
	}
	var topics []Topic
	for _, t := range folders {
		if !fresh[t.Title] {
			continue
		}
		t.ID = UniqueName(cmp.Or(Slug(t.Title), "folder"), func(id string) bool { return taken[id] })
		taken[t.ID] = true
		topics = append(topics, t)
	}
	return topics
}
