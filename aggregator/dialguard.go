package aggregator

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// Every feed server, redirect and DNS answer may be hostile: a feed URL
// or a redirect may name the host itself, the local network or a cloud
// metadata service, and a name may resolve to one of them (or to a public
// address on one lookup and a private one on the next). So the address is
// checked when it is dialled, after resolution, which covers the URL, each
// redirect hop and each DNS answer alike.

// ErrRefusedAddress is what every *AddressError matches with errors.Is.
var ErrRefusedAddress = errors.New("address refused")

// AddressError reports a connection refused because its address is not a
// public one and no network of poll.allow_networks holds it.
type AddressError struct {
	Addr  netip.Addr // the address dialled, IPv4-mapped addresses unmapped
	Class string     // why it is not public: "loopback", "private", "link-local", ...
	// Embedded, when valid, is the IPv4 address a NAT64 or 6to4 address
	// embeds, which Class describes.
	Embedded netip.Addr
}

func (e *AddressError) Error() string {
	what := e.Addr.String()
	if e.Embedded.IsValid() {
		what += " (carrying " + e.Embedded.String() + ")"
	}
	article := "a"
	if strings.ContainsAny(e.Class[:1], "aeiouAEIOU") {
		article = "an"
	}
	return fmt.Sprintf("%s is %s %s address, refused (poll.allow_networks exempts networks)", what, article, e.Class)
}

// Is makes errors.Is(err, ErrRefusedAddress) hold.
func (e *AddressError) Is(target error) bool { return target == ErrRefusedAddress }

// nonPublic lists the ranges no public feed lives in beyond those the
// methods of netip.Addr recognise (loopback, RFC 1918 and fc00::/7,
// link-local, multicast, unspecified). Read only.
var nonPublic = []struct {
	prefix netip.Prefix
	class  string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"}, // "this network": Linux connects 0.x to the host itself
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("::/96"), "reserved (IPv4-compatible)"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "NAT64 local-use"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
	{netip.MustParsePrefix("2001:2::/48"), "benchmarking"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
}

// Prefixes of IPv6 addresses that carry an IPv4 address, which is where a
// connection to them ends up: NAT64 (RFC 6052, the address in the last
// four bytes) and 6to4 (RFC 3056, in bytes 2 to 5).
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// addressClass says why a is not a public address, or returns "" for a
// public one. For an IPv6 address embedding an IPv4 one (NAT64, 6to4) it
// classifies the embedded address, returned as embedded.
func addressClass(a netip.Addr) (class string, embedded netip.Addr) {
	a = a.WithZone("").Unmap()
	if v4, ok := embeddedIPv4(a); ok {
		if c, _ := addressClass(v4); c != "" {
			return c, v4
		}
		return "", netip.Addr{}
	}
	switch {
	case a.IsUnspecified():
		return "unspecified", netip.Addr{}
	case a.IsLoopback():
		return "loopback", netip.Addr{}
	case a.IsPrivate():
		return "private", netip.Addr{}
	case a.IsLinkLocalUnicast():
		return "link-local", netip.Addr{}
	case a.IsMulticast():
		return "multicast", netip.Addr{}
	}
	for _, r := range nonPublic {
		if r.prefix.Contains(a) {
			return r.class, netip.Addr{}
		}
	}
	return "", netip.Addr{}
}

func embeddedIPv4(a netip.Addr) (netip.Addr, bool) {
	b := a.As16()
	switch {
	case !a.Is6():
		return netip.Addr{}, false
	case nat64.Contains(a):
		return netip.AddrFrom4([4]byte(b[12:16])), true
	case sixToFour.Contains(a):
		return netip.AddrFrom4([4]byte(b[2:6])), true
	}
	return netip.Addr{}, false
}

// dialGuard refuses connections to addresses that are not public, except
// those in the allowed networks.
type dialGuard struct {
	allow []netip.Prefix
}

// newDialGuard copies allow, unmapping IPv4-mapped prefixes, so that
// ::ffff:10.0.0.0/104 means 10.0.0.0/8.
func newDialGuard(allow []netip.Prefix) *dialGuard {
	g := &dialGuard{}
	for _, p := range allow {
		if a := p.Addr(); a.Is4In6() && p.Bits() >= 96 {
			p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
		}
		g.allow = append(g.allow, p)
	}
	return g
}

// check returns an *AddressError when a may not be dialled.
func (g *dialGuard) check(a netip.Addr) error {
	a = a.WithZone("").Unmap()
	class, embedded := addressClass(a)
	if class == "" || g.allowed(a) || embedded.IsValid() && g.allowed(embedded) {
		return nil
	}
	return &AddressError{Addr: a, Class: class, Embedded: embedded}
}

func (g *dialGuard) allowed(a netip.Addr) bool {
	for _, p := range g.allow {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// control is the net.Dialer hook, called with the resolved address of
// every connection before it is made. What it cannot parse it refuses.
func (g *dialGuard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("refused: cannot check address %q: %w", address, err)
	}
	return g.check(ap.Addr())
}

// newDialer returns the dialer polls connect with, guarded to the public
// addresses and those in allow.
func newDialer(allow []netip.Prefix) *net.Dialer {
	return &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: newDialGuard(allow).control}
}
