package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/feedsieve/feedsieve/internal/freeport"
)

// The serving comparison with nginx, as a reader would set it up in front
// of feedsieve's static export: Debian's nginx with one worker, sendfile,
// ETags and gzip_static serving the very bytes feedsieve serves (and their
// gzip), pinned to CPU 0 with feedsieve's side, while wrk runs on CPU 1.

// nginxServer is a running nginx serving the fixture's document.
type nginxServer struct {
	url  string
	etag string // nginx's own ETag of the document, for the 304 mode
	cmd  *exec.Cmd
}

const nginxConf = `worker_processes 1;
daemon off;
master_process off;
%s
error_log %[2]s/error.log;
pid %[2]s/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  etag on;
  gzip_static on;
  keepalive_requests 100000;
  client_body_temp_path %[2]s/tmp;
  proxy_temp_path %[2]s/tmp;
  fastcgi_temp_path %[2]s/tmp;
  uwsgi_temp_path %[2]s/tmp;
  scgi_temp_path %[2]s/tmp;
  types { application/atom+xml atom; }
  default_type application/atom+xml;
  server {
    listen %[3]s;
    root %[2]s/www;
  }
}
`

// startNginx serves fx's document with nginx from dir, on CPU cpu when
// pinning (taskset) is possible.
func startNginx(dir string, fx *serveFixture, cpu int) (*nginxServer, error) {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if bin, err = exec.LookPath("/usr/sbin/nginx"); err != nil {
			return nil, fmt.Errorf("nginx not found (Debian: apt-get install nginx): %w", err)
		}
	}
	file := filepath.Join(dir, "www", filepath.FromSlash(fx.path))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(file, fx.rendered.Body, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(file+".gz", fx.rendered.Gzip, 0o644); err != nil {
		return nil, err
	}
	return onFreePort(func() (*nginxServer, error) { return runNginx(bin, dir, fx, cpu) })
}

// runNginx starts nginx from dir on a free port, once.
func runNginx(bin, dir string, fx *serveFixture, cpu int) (*nginxServer, error) {
	addr, err := freeport.Addr()
	if err != nil {
		return nil, err
	}
	user := ""
	if os.Geteuid() == 0 {
		user = "user root;" // the files are in a private temporary directory
	}
	conf := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(conf, fmt.Appendf(nil, nginxConf, user, dir, addr), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "-p", dir, "-c", conf)
	if args := pinned(cpu, bin, "-p", dir, "-c", conf); args != nil {
		cmd = exec.Command(args[0], args[1:]...)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	n := &nginxServer{url: "http://" + addr, cmd: cmd}
	if n.etag, err = waitETag(n.url + fx.path); err != nil {
		n.stop()
		log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
		return nil, fmt.Errorf("nginx: %w\n%s%s", err, stderr.Bytes(), log)
	}
	return n, nil
}

func (n *nginxServer) stop() {
	n.cmd.Process.Kill()
	n.cmd.Wait()
}

// waitETag waits up to 5 s for url to answer, and returns its ETag.
func waitETag(url string) (string, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		req, _ := http.NewRequest(http.MethodHead, url, nil)
		req.Header.Set("Accept-Encoding", "identity")
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || resp.Header.Get("ETag") == "" {
				return "", fmt.Errorf("HEAD %s: %s, ETag %q", url, resp.Status, resp.Header.Get("ETag"))
			}
			return resp.Header.Get("ETag"), nil
		}
		if time.Now().After(deadline) {
			return "", err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pinned is a command line running args on CPU cpu with taskset, or nil
// when there is no taskset or fewer than two CPUs.
func pinned(cpu int, args ...string) []string {
	taskset, err := exec.LookPath("taskset")
	if err != nil || cpu < 0 {
		return nil
	}
	return append([]string{taskset, "-c", strconv.Itoa(cpu)}, args...)
}

// pinSelf pins every thread of this process to CPU cpu (taskset -a -p);
// threads started later inherit it. It then sets GOMAXPROCS to the CPUs
// the process may now use: the runtime reads the affinity
// only at start, so a process pinned after it started would keep one P per
// CPU of the machine on one CPU, where a daemon started pinned (systemd's
// CPUAffinity=) gets one.
func pinSelf(cpu int) error {
	args := pinned(cpu)
	if args == nil {
		return fmt.Errorf("taskset not found (Debian: util-linux)")
	}
	out, err := exec.Command(args[0], "-a", "-p", "-c", strconv.Itoa(cpu), strconv.Itoa(os.Getpid())).CombinedOutput()
	if err != nil {
		return fmt.Errorf("taskset: %v: %s", err, out)
	}
	n, err := affinityCPUs()
	if err != nil {
		return fmt.Errorf("after taskset: %w", err)
	}
	runtime.GOMAXPROCS(n)
	return nil
}
