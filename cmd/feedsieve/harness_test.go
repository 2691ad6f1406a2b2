package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// served is a running feedsieve serve with its log.
type served struct {
	cmd    *exec.Cmd
	url    string // the public listener's
	socket string // the operator socket's path
	done   chan error

	mu    sync.Mutex
	lines []string
}

// serveOptions changes how startServeWith starts the daemon.
type serveOptions struct {
	env      []string // added to the environment
	journald bool     // set JOURNAL_STREAM to standard error, as systemd does
	binary   string   // the feedsieve binary to run; "": the race-detecting test build
}

var listening = regexp.MustCompile(`msg=listening addr=(\S+) .* socket=(\S+)`)

// startServe runs feedsieve serve and waits for its listening line.
func startServe(t *testing.T, cfg string) *served {
	return startServeWith(t, cfg, serveOptions{})
}

func startServeWith(t *testing.T, cfg string, o serveOptions) *served {
	t.Helper()
	bin := cmp.Or(o.binary, binary)
	cmd := exec.Command(bin, "serve", "-config", cfg)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = w
	cmd.Env = append(os.Environ(), o.env...)
	if o.journald {
		fi, err := w.Stat()
		if err != nil {
			t.Fatal(err)
		}
		st := fi.Sys().(*syscall.Stat_t)
		cmd.Env = append(cmd.Env, fmt.Sprintf("JOURNAL_STREAM=%d:%d", st.Dev, st.Ino))
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	d := &served{cmd: cmd, done: make(chan error, 1)}
	addr := make(chan []string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			d.mu.Lock()
			d.lines = append(d.lines, sc.Text())
			d.mu.Unlock()
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case addr <- m[1:]:
				default:
				}
			}
		}
		r.Close()
		d.done <- cmd.Wait()
	}()
	select {
	case a := <-addr:
		d.url, d.socket = "http://"+a[0], a[1]
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("feedsieve serve did not start listening within 30s:\n%s", d.log(0))
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return d
}

// mark is the number of log lines so far, to wait for lines after it.
func (d *served) mark() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.lines)
}

// log returns the lines from line from on.
func (d *served) log(from int) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.lines[from:], "\n")
}

// waitLog waits up to 20 s for a line after from that matches re.
func (d *served) waitLog(t *testing.T, from int, re string) string {
	t.Helper()
	pattern := regexp.MustCompile(re)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		d.mu.Lock()
		for _, l := range d.lines[from:] {
			if pattern.MatchString(l) {
				d.mu.Unlock()
				return l
			}
		}
		d.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no log line matching %s within 20 s; log since:\n%s", re, d.log(from))
	return ""
}

// stop sends SIGTERM and expects a clean exit within 10 s.
func (d *served) stop(t *testing.T) {
	t.Helper()
	d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-d.done:
		if err != nil {
			t.Fatalf("feedsieve serve exited with %v after SIGTERM:\n%s", err, d.log(0))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("feedsieve serve did not stop within 10s of SIGTERM")
	}
}

// signal sends sig to the daemon.
func (d *served) signal(t *testing.T, sig os.Signal) {
	t.Helper()
	if err := d.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
}

// operator sends GET path to the daemon's operator socket.
func (d *served) operator(t *testing.T, path string) (*http.Response, []byte) {
	t.Helper()
	c := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var dialer net.Dialer
		return dialer.DialContext(ctx, "unix", d.socket)
	}}}
	resp, err := c.Get("http://feedsieve" + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}
