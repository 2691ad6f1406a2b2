# feedsieve: build, test and install as a systemd service.
#
#   make                      build ./feedsieve
#   make test                 go test -race ./...
#   sudo make install         binary, systemd unit and (first time only) config
#   make install DESTDIR=/tmp/pkg   staged install, works unprivileged
#   sudo make uninstall       binary and unit; config and database stay
#   make verify-unit          systemd-analyze checks of deploy/feedsieve.service
#
# Variables: PREFIX (/usr/local), DESTDIR, VERSION (git describe, else "dev"),
# GO (go), BINARY (./feedsieve).

GO      ?= go
BINARY  ?= feedsieve
PREFIX  ?= /usr/local
DESTDIR ?=
# ?= expands lazily, like =, so git only runs when something is built.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

BINDIR   = $(PREFIX)/bin
UNITDIR  = /etc/systemd/system
CONFDIR  = /etc/feedsieve
STATE_DB = /var/lib/feedsieve/feedsieve.db
SOCKET   = /run/feedsieve/feedsieve.sock

# The exact storage.path line of ./config.yaml (a sed regex; $$ is a literal
# $ for make) and its replacement in the installed config. $(empty) keeps
# the two leading spaces, which make would otherwise strip.
empty :=
CONFIG_DB_LINE    = ^  path: "data/feedsieve\.db"$$
CONFIG_DB_INSTALL = $(empty)  path: "$(STATE_DB)"
# The same for server.socket: the unit's RuntimeDirectory=feedsieve.
CONFIG_SOCKET_LINE    = ^  socket: ""$$
CONFIG_SOCKET_INSTALL = $(empty)  socket: "$(SOCKET)"

GO_SOURCES := $(shell find . -name '*.go' -not -name '*_test.go' -not -path './.git/*' 2>/dev/null) go.mod go.sum

.PHONY: all build test install uninstall verify-unit clean

all: build

# build always runs go build (Go's cache makes that cheap), so that the
# version is current.
build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BINARY) ./cmd/feedsieve

# install needs only an up-to-date binary, so that "make && sudo make install"
# does not build as root (whose PATH often has no go).
$(BINARY): $(GO_SOURCES)
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BINARY) ./cmd/feedsieve

test:
	$(GO) test -race ./...

install: $(BINARY)
	install -D -m 0755 $(BINARY) $(DESTDIR)$(BINDIR)/feedsieve
	@tmp=$$(mktemp) && trap 'rm -f "$$tmp"' EXIT && \
	sed 's|/usr/local/bin/feedsieve|$(BINDIR)/feedsieve|g' deploy/feedsieve.service >"$$tmp" && \
	if ! grep -q '^ExecStart=$(BINDIR)/feedsieve serve ' "$$tmp"; then \
		echo 'error: deploy/feedsieve.service has no line ExecStart=/usr/local/bin/feedsieve serve ...' >&2; \
		exit 1; \
	fi && \
	echo "install -D -m 0644 deploy/feedsieve.service $(DESTDIR)$(UNITDIR)/feedsieve.service   (binary: $(BINDIR)/feedsieve)" && \
	install -D -m 0644 "$$tmp" $(DESTDIR)$(UNITDIR)/feedsieve.service
	@if [ -e $(DESTDIR)$(CONFDIR)/config.yaml ] || [ -L $(DESTDIR)$(CONFDIR)/config.yaml ]; then \
		echo "kept the existing $(DESTDIR)$(CONFDIR)/config.yaml (never overwritten; the new default is ./config.yaml)"; \
	else \
		tmp=$$(mktemp) && trap 'rm -f "$$tmp"' EXIT && \
		sed -e 's|$(CONFIG_DB_LINE)|$(CONFIG_DB_INSTALL)|' -e 's|$(CONFIG_SOCKET_LINE)|$(CONFIG_SOCKET_INSTALL)|' config.yaml >"$$tmp" && \
		if ! grep -qxF '$(CONFIG_DB_INSTALL)' "$$tmp"; then \
			echo 'error: config.yaml has no line  path: "data/feedsieve.db"  to point at $(STATE_DB); update CONFIG_DB_LINE in the Makefile' >&2; \
			exit 1; \
		fi && \
		if ! grep -qxF '$(CONFIG_SOCKET_INSTALL)' "$$tmp"; then \
			echo 'error: config.yaml has no line  socket: ""  to point at $(SOCKET); update CONFIG_SOCKET_LINE in the Makefile' >&2; \
			exit 1; \
		fi && \
		echo "install -D -m 0644 config.yaml $(DESTDIR)$(CONFDIR)/config.yaml   (storage.path: $(STATE_DB), server.socket: $(SOCKET))" && \
		install -D -m 0644 "$$tmp" $(DESTDIR)$(CONFDIR)/config.yaml; \
	fi
	@echo
	@echo "Next steps, as root:"
	@echo "  edit $(CONFDIR)/config.yaml, then: $(BINDIR)/feedsieve check -config $(CONFDIR)/config.yaml"
	@echo "  systemctl daemon-reload"
	@echo "  systemctl enable --now feedsieve"

uninstall:
	@if [ -L $(DESTDIR)$(UNITDIR)/multi-user.target.wants/feedsieve.service ]; then \
		echo "error: feedsieve.service is still enabled; first run: systemctl disable --now feedsieve" >&2; \
		exit 1; \
	fi
	rm -f $(DESTDIR)$(BINDIR)/feedsieve $(DESTDIR)$(UNITDIR)/feedsieve.service
	@echo
	@echo "Left in place (remove by hand if no longer needed):"
	@echo "  $(DESTDIR)$(CONFDIR)/config.yaml   the configuration"
	@echo "  /var/lib/private/feedsieve   the database (symlinked from /var/lib/feedsieve)"
	@echo "Then, as root: systemctl daemon-reload"

verify-unit:
	bash deploy/verify-unit.sh

clean:
	rm -f $(BINARY)
