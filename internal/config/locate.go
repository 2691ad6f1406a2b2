package config

import (
	"os"

	"go.yaml.in/yaml/v3"
)

// SocketOf finds the operator socket a config file names, also when the
// file is not valid, so that the commands can still reach a daemon that
// runs an earlier version of it. What it cannot read counts as left out.
func SocketOf(path string) string {
	var f struct {
		Server struct {
			Socket string `yaml:"socket"`
		} `yaml:"server"`
		Storage struct {
			Path string `yaml:"path"`
		} `yaml:"storage"`
	}
	if data, err := os.ReadFile(path); err == nil {
		yaml.Unmarshal(data, &f) // a file that is not YAML leaves the defaults
	}
	c := &checker{path: path}
	db := c.dbPath(scalar[string]{V: f.Storage.Path, Set: true})
	return c.socket(scalar[string]{V: f.Server.Socket, Set: true}, db)
}
