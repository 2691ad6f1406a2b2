package aggregator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/feedsieve/feedsieve/storage"
)

// loopback is the allow list of tests that poll servers on loopback.
func loopback() []netip.Prefix {
	return []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
}

func prefixes(list ...string) []netip.Prefix {
	var out []netip.Prefix
	for _, s := range list {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}

func TestDialGuardClassifiesAddresses(t *testing.T) {
	for _, tt := range []struct {
		addr  string
		class string // "": public, dialled
		allow []string
	}{
		// Public addresses, some just outside the ranges refused.
		{addr: "8.8.8.8"},
		{addr: "1.1.1.1"},
		{addr: "93.184.216.34"},
		{addr: "100.63.255.255"},
		{addr: "100.128.0.0"},
		{addr: "172.15.255.255"},
		{addr: "172.32.0.0"},
		{addr: "192.0.1.1"},
		{addr: "198.17.255.255"},
		{addr: "198.20.0.0"},
		{addr: "223.255.255.255"},
		{addr: "2606:4700:4700::1111"},
		{addr: "2001:4860:4860::8888"},
		{addr: "::ffff:8.8.8.8"},
		{addr: "64:ff9b::808:808"}, // NAT64 of 8.8.8.8
		{addr: "2002:808:808::1"},  // 6to4 of 8.8.8.8
		// IPv4 ranges refused.
		{addr: "127.0.0.1", class: "loopback"},
		{addr: "127.255.255.254", class: "loopback"},
		{addr: "10.1.2.3", class: "private"},
		{addr: "172.16.0.1", class: "private"},
		{addr: "172.31.255.255", class: "private"},
		{addr: "192.168.1.1", class: "private"},
		{addr: "169.254.169.254", class: "link-local"},
		{addr: "224.0.0.1", class: "multicast"},
		{addr: "239.255.255.250", class: "multicast"},
		{addr: "0.0.0.0", class: "unspecified"},
		{addr: "0.1.2.3", class: "unspecified"},
		{addr: "100.64.0.1", class: "shared (carrier-grade NAT)"},
		{addr: "100.127.255.255", class: "shared (carrier-grade NAT)"},
		{addr: "192.0.0.8", class: "IETF protocol assignment"},
		{addr: "192.0.2.1", class: "documentation"},
		{addr: "203.0.113.9", class: "documentation"},
		{addr: "198.18.0.1", class: "benchmarking"},
		{addr: "198.19.255.255", class: "benchmarking"},
		{addr: "240.0.0.1", class: "reserved"},
		{addr: "255.255.255.255", class: "broadcast"},
		// IPv6 ranges refused.
		{addr: "::1", class: "loopback"},
		{addr: "::", class: "unspecified"},
		{addr: "fc00::1", class: "private"},
		{addr: "fd12:3456::1", class: "private"},
		{addr: "fe80::1", class: "link-local"},
		{addr: "fe80::1%eth0", class: "link-local"},
		{addr: "ff02::1", class: "multicast"},
		{addr: "::7f00:1", class: "reserved (IPv4-compatible)"},
		{addr: "64:ff9b:1::1", class: "NAT64 local-use"},
		{addr: "100::1", class: "discard-only"},
		{addr: "2001:db8::1", class: "documentation"},
		{addr: "fec0::1", class: "site-local"},
		// IPv4-mapped IPv6, NAT64 and 6to4 of refused IPv4 addresses.
		{addr: "::ffff:127.0.0.1", class: "loopback"},
		{addr: "::ffff:10.0.0.1", class: "private"},
		{addr: "::ffff:169.254.169.254", class: "link-local"},
		{addr: "::ffff:100.64.0.1", class: "shared (carrier-grade NAT)"},
		{addr: "64:ff9b::7f00:1", class: "loopback"},
		{addr: "64:ff9b::a9fe:a9fe", class: "link-local"},
		{addr: "2002:a00:1::1", class: "private"},
		// allow exempts networks, however the address is written, and
		// only those.
		{addr: "10.1.2.3", allow: []string{"10.0.0.0/8"}},
		{addr: "::ffff:10.1.2.3", allow: []string{"10.0.0.0/8"}},
		{addr: "64:ff9b::a01:203", allow: []string{"10.0.0.0/8"}},
		{addr: "10.1.2.3", allow: []string{"::ffff:10.0.0.0/104"}},
		{addr: "10.9.9.9", allow: []string{"10.1.2.3/8"}},
		{addr: "fe80::1%eth0", allow: []string{"fe80::/10"}},
		{addr: "::1", allow: []string{"::1/128"}},
		{addr: "11.0.0.1", allow: []string{"10.0.0.0/8"}},
		{addr: "127.0.0.1", class: "loopback", allow: []string{"127.0.0.2/32"}},
		{addr: "172.16.0.1", class: "private", allow: []string{"10.0.0.0/8"}},
		{addr: "::ffff:127.0.0.1", class: "loopback", allow: []string{"::1/128"}},
	} {
		t.Run(fmt.Sprintf("%s allow %v", tt.addr, tt.allow), func(t *testing.T) {
			err := newDialGuard(prefixes(tt.allow...)).check(netip.MustParseAddr(tt.addr))
			if tt.class == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var ae *AddressError
			if !errors.As(err, &ae) || ae.Class != tt.class || !errors.Is(err, ErrRefusedAddress) {
				t.Fatalf("error %v, want a %s address refused", err, tt.class)
			}
		})
	}
}

func TestDialGuardControl(t *testing.T) {
	g := newDialGuard(prefixes("10.0.0.0/8"))
	for _, tt := range []struct {
		address string
		want    string // "" when dialled
	}{
		{"8.8.8.8:443", ""},
		{"10.0.0.1:80", ""},
		{"[2606:4700:4700::1111]:443", ""},
		{"127.0.0.1:8080", "127.0.0.1 is a loopback address, refused (poll.allow_networks exempts networks)"},
		{"[::1]:80", "::1 is a loopback address, refused"},
		{"[::ffff:169.254.169.254]:80", "169.254.169.254 is a link-local address, refused"},
		{"[64:ff9b::7f00:1]:80", "64:ff9b::7f00:1 (carrying 127.0.0.1) is a loopback address"},
		{"0.0.0.0:80", "0.0.0.0 is an unspecified address"},
		{"no-address", "cannot check address"},
	} {
		t.Run(tt.address, func(t *testing.T) {
			err := g.control("tcp", tt.address, nil)
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// listen starts a server on addr (a loopback address), counting requests.
func listen(t *testing.T, addr string, h http.Handler) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h.ServeHTTP(w, r)
	})}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, &hits
}

// TestPollRefusesPrivateAddresses polls servers on loopback with
// several allow lists: what is not allowed is refused when it is dialled,
// on the first request as on a redirect, and nothing of it is stored.
func TestPollRefusesPrivateAddresses(t *testing.T) {
	feed := fixture(t, "rss2-en.xml")
	second, secondHits := listen(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(feed) }))
	first, firstHits := listen(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, second.URL+"/feed", http.StatusFound)
			return
		}
		w.Write(feed)
	}))
	for _, tt := range []struct {
		name        string
		allow       []string
		path        string
		refused     string // the address refused, "" when the poll succeeds
		first, hits int32  // requests the servers get
	}{
		{name: "no allow list", path: "/feed", refused: "127.0.0.1"},
		{name: "loopback allowed", allow: []string{"127.0.0.0/8", "::1/128"}, path: "/feed", first: 1},
		{name: "another loopback address allowed", allow: []string{"127.0.0.2/32"}, path: "/feed", refused: "127.0.0.1"},
		{name: "redirect to a refused address", allow: []string{"127.0.0.1/32"}, path: "/redirect", refused: "127.0.0.2", first: 1},
		{name: "redirect to an allowed address", allow: []string{"127.0.0.0/8"}, path: "/redirect", first: 1, hits: 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			firstHits.Store(0)
			secondHits.Store(0)
			store, err := storage.Open(storage.Options{Path: filepath.Join(t.TempDir(), "a.db")})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			src := Source{Name: "s", URL: first.URL + tt.path}
			a, err := New(store, NewHTTPClient(5*time.Second, 1, prefixes(tt.allow...)), slog.New(slog.DiscardHandler), Options{MaxBody: 1 << 20, Sources: []Source{src}})
			if err != nil {
				t.Fatal(err)
			}
			res := a.Poll(context.Background(), src)
			n, _ := store.Count()
			if firstHits.Load() != tt.first || secondHits.Load() != tt.hits {
				t.Errorf("servers got %d and %d requests, want %d and %d", firstHits.Load(), secondHits.Load(), tt.first, tt.hits)
			}
			if tt.refused == "" {
				if res.Err != nil || n != 5 {
					t.Fatalf("error %v, %d items stored; want the 5 of the feed", res.Err, n)
				}
				return
			}
			var ae *AddressError
			if !errors.As(res.Err, &ae) || ae.Addr.String() != tt.refused || ae.Class != "loopback" {
				t.Fatalf("error %v, want %s refused as a loopback address", res.Err, tt.refused)
			}
			if want := tt.refused + " is a loopback address, refused (poll.allow_networks exempts networks)"; !strings.Contains(res.Err.Error(), want) {
				t.Errorf("error %q does not say %q", res.Err, want)
			}
			if n != 0 {
				t.Errorf("%d items stored from a refused address", n)
			}
		})
	}
}

// TestDialGuardChecksDNSAnswers: a public-looking name that resolves to
// loopback is refused, unless loopback is allowed.
func TestDialGuardChecksDNSAnswers(t *testing.T) {
	srv, hits := listen(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	dns := newFakeDNS(t) // resolves every name to 127.0.0.1
	url := "http://feed.example.com:" + srv.URL[strings.LastIndex(srv.URL, ":")+1:] + "/feed"
	for _, tt := range []struct {
		allow   []netip.Prefix
		refused bool
	}{{nil, true}, {loopback(), false}} {
		t.Run(fmt.Sprintf("allow %v", tt.allow), func(t *testing.T) {
			hits.Store(0)
			d := newDialer(tt.allow)
			d.Resolver = dns.resolver()
			client := NewHTTPClient(5*time.Second, 1, tt.allow)
			client.Transport.(*http.Transport).DialContext = d.DialContext
			resp, err := client.Get(url)
			if err == nil {
				resp.Body.Close()
			}
			if refused := errors.Is(err, ErrRefusedAddress); refused != tt.refused || refused == (hits.Load() == 1) {
				t.Errorf("error %v, %d requests; want refused %v", err, hits.Load(), tt.refused)
			}
		})
	}
}
