// Command feedsieve polls news feeds, files their items into topics by
// keywords and republishes each topic as a feed.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/feedsieve/feedsieve/internal/config"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `feedsieve polls news feeds, files their items into topics and republishes each topic as a feed.

Usage:
  feedsieve <command> [flags]

Commands:
  serve       run the daemon: poll sources on their intervals, serve and publish topic feeds
  poll        poll every source once, print one line per source, publish changes and exit
  refresh     poll the named sources (or all) now, resetting their backoff, through the daemon when it runs
  status      show each source's health: status, last success, failures, next poll
  items       list stored items, newest first, by topic, source or words
  sources add add a source (a feed, or a web page whose feed is found) to the config file
  opml        import sources from an OPML file into the config, or export them
  reindex     file every stored item into topics again (with the daemon stopped)
  check       validate the config file (-db: also the database; -dump: print the effective config)
  export      write one topic feed to standard output
  explain     say why items are or are not in a topic
  test-topic  dry run: list what a topic would hold under its (or other) rules
  compact     rewrite the database into a compact copy (with the daemon stopped)
  version     print the version (also: feedsieve --version)

While feedsieve serve holds the database, status, items, export, explain and test-topic ask it
over its operator socket (server.socket) instead of opening the file.

Run "feedsieve <command> -h" for a command's flags.
`

// run executes a command and returns the process exit code: 0 success,
// 1 failure, 2 bad usage.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	commands := map[string]func(context.Context, []string, io.Writer, io.Writer) int{
		"serve":      cmdServe,
		"poll":       cmdPoll,
		"refresh":    cmdRefresh,
		"check":      cmdCheck,
		"status":     cmdStatus,
		"items":      cmdItems,
		"reindex":    cmdReindex,
		"sources":    cmdSources,
		"opml":       cmdOPML,
		"export":     cmdExport,
		"explain":    cmdExplain,
		"test-topic": cmdTestTopic,
		"compact":    cmdCompact,
		"version":    cmdVersion,
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "-version", "--version":
		args[0] = "version"
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "feedsieve: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	return cmd(ctx, args[1:], stdout, stderr)
}

// newFlags returns a flag set for a command, with -config. args, when
// given, names the command's arguments in its usage line.
func newFlags(name, summary string, stderr io.Writer, args ...string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "config.yaml", "path of the config file")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: feedsieve %s\n\n%s\n\nFlags:\n", strings.Join(append([]string{name, "[flags]"}, args...), " "), summary)
		fs.PrintDefaults()
	}
	return fs, path
}

// parseFlags parses args, which may hold flags only; the second result is
// the exit code when the command should stop (0 after -h, 2 on bad flags).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) { return parsePositional(fs, args, 0) }

// parsePositional parses flags followed by exactly n arguments.
func parsePositional(fs *flag.FlagSet, args []string, n int) (int, bool) {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0, false
	case err != nil:
		return 2, false
	case n == 0 && fs.NArg() > 0:
		fmt.Fprintf(fs.Output(), "feedsieve %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return 2, false
	case fs.NArg() != n:
		fmt.Fprintf(fs.Output(), "feedsieve %s: want %d arguments, got %d (flags go first)\n", fs.Name(), n, fs.NArg())
		fs.Usage()
		return 2, false
	}
	return 0, true
}

// loadConfig loads the config or prints every problem to stderr.
func loadConfig(path string, stderr io.Writer) (*config.Config, bool) {
	cfg, err := config.Load(path, versionString())
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, false
	}
	return cfg, true
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func cmdVersion(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	fmt.Fprintln(stdout, "feedsieve", versionString())
	return 0
}

// count says how many of a thing there are: "1 item", "2 items".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
