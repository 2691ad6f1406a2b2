package config

import (
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/feedsieve/feedsieve/aggregator"
)

// networks reads poll.allow_networks: CIDR networks, or single addresses,
// that sources may be polled at although they are not public.
func (c *checker) networks(list []scalar[string]) []netip.Prefix {
	var out []netip.Prefix
	for i, v := range list {
		s := strings.TrimSpace(v.V)
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				c.add(v.Line, "poll.allow_networks[%d]: %q is not a network (such as 10.0.0.0/8 or fd00::/8) or an address", i, v.V)
				continue
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		if p != p.Masked() {
			c.add(v.Line, "poll.allow_networks[%d]: %q has host bits set; the network is %s", i, v.V, p.Masked())
			continue
		}
		out = append(out, p)
	}
	return out
}

// rate reads a transfer rate in bytes per second; "0" turns it off.
func (c *checker) rate(v scalar[string], key string, def int64) int64 {
	if v.Set && strings.TrimSpace(v.V) == "0" {
		return 0
	}
	return c.size(v, key, def)
}

// secretParams is aggregator.DefaultSecretParams and the names in
// poll.secret_params: query parameters whose values are redacted wherever
// a source's URL is shown.
func (c *checker) secretParams(list []scalar[string]) []string {
	out := slices.Clone(aggregator.DefaultSecretParams)
	for i, v := range list {
		if strings.TrimSpace(v.V) == "" || strings.ContainsAny(v.V, "&=# ") {
			c.add(v.Line, "poll.secret_params[%d]: %q is not a query parameter name", i, v.V)
			continue
		}
		out = append(out, v.V)
	}
	return out
}

// password reads a source's password from password_file or password_env.
// A relative password_file is looked for in $CREDENTIALS_DIRECTORY when
// systemd sets it (LoadCredential=), else beside the config file.
func (c *checker) password(s sourceFile, key string) string {
	file, env := s.PasswordFile, s.PasswordEnv
	switch {
	case file.V != "" && env.V != "":
		c.add(env.Line, "%s: set password_file or password_env, not both", key)
		return ""
	case (file.V != "" || env.V != "") && s.Username.V == "":
		c.add(max(file.Line, env.Line), "%s: a password needs a username", key)
		return ""
	case file.V != "":
		path := file.V
		if dir := os.Getenv("CREDENTIALS_DIRECTORY"); dir != "" && !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		} else {
			path = c.relativeToConfig(path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			c.add(file.Line, "%s.password_file: %v", key, err)
			return ""
		}
		return strings.TrimRight(string(b), "\r\n")
	case env.V != "":
		p, ok := os.LookupEnv(env.V)
		if !ok || p == "" {
			c.add(env.Line, "%s.password_env: the environment variable %s is not set", key, env.V)
		}
		return p
	}
	return ""
}
