package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/cluster"
	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/progress"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/spf13/cobra"
)

var loadCmd = &cobra.Command{
	Use:   "load [PATH...]",
	Short: "Read articles, extract entities and relations, and store them in Dgraph",
	Long: `load reads article files (directories are walked recursively; "-" is
standard input; default: examples/), extracts entities and relations and
stores them with their evidence in Dgraph. When the alpha does not answer
and dgraph.autostart is on, the managed local Dgraph is started first. The
schema is applied before loading.

Loading is idempotent: an article whose content is already stored is
skipped; a new version of a stored article (same URL, or same source and
file name) replaces the old one. A file that cannot be read gets one line
naming it and the reason; the others still load and the exit status is
non-zero.`,
	RunE: runLoad,
}

func init() {
	loadCmd.Flags().Int("concurrency", 2, "articles extracted and stored at once")
	loadCmd.Flags().String("watch", "", "load the folder DIR, then every new or changed file in it, until interrupted")
	bindFlag(settings, loadCmd, config.KeyLoadConcurrency, "concurrency")
	rootCmd.AddCommand(loadCmd)
}

// openStore connects to the configured alpha. If it does not answer, the
// configured alpha is the managed cluster's and autostart is on, it starts
// the managed cluster first.
func openStore(ctx context.Context) (*graph.Store, error) {
	s, err := graph.Open(ctx, cfg.Alpha)
	if err == nil || newsgraph.ErrorCode(err) != newsgraph.EUNAVAILABLE {
		return s, err
	}
	managed := cluster.AlphaAddr(cfg.PortOffset)
	switch {
	case !cfg.Autostart:
		return nil, newsgraph.Errorf(newsgraph.EUNAVAILABLE,
			"dgraph alpha at %s does not answer; start it with `newsgraph dgraph start` (port offset %d), point --alpha / NEWSGRAPH_DGRAPH_ALPHA at a running alpha, or enable --autostart",
			cfg.Alpha, cfg.PortOffset)
	case !sameAddr(cfg.Alpha, managed):
		return nil, newsgraph.Errorf(newsgraph.EUNAVAILABLE,
			"dgraph alpha at %s does not answer, and it is not the managed local Dgraph (%s at port offset %d), so it is not started automatically",
			cfg.Alpha, managed, cfg.PortOffset)
	}
	logger.Info("dgraph alpha does not answer; starting the managed local Dgraph", "alpha", cfg.Alpha, "home", cfg.Home)
	st, err := cluster.Start(ctx, clusterOptions())
	if err != nil {
		return nil, err
	}
	return graph.Open(ctx, st.AlphaAddr)
}

// sameAddr compares host:port addresses, treating localhost and 127.0.0.1
// alike.
func sameAddr(a, b string) bool {
	norm := func(s string) string {
		h, p, err := net.SplitHostPort(s)
		if err != nil {
			return s
		}
		if h == "" || h == "localhost" || h == "::1" {
			h = "127.0.0.1"
		}
		return h + ":" + p
	}
	return norm(a) == norm(b)
}

// httpAddrFor guesses the alpha's HTTP address from its gRPC address:
// Dgraph's HTTP port is its gRPC port minus 1000 unless configured.
func httpAddrFor(grpcAddr string) string {
	h, p, err := net.SplitHostPort(grpcAddr)
	if err != nil {
		return cluster.HTTPAddr(cfg.PortOffset)
	}
	var port int
	if _, err := fmt.Sscan(p, &port); err != nil || port <= 1000 {
		return cluster.HTTPAddr(cfg.PortOffset)
	}
	return net.JoinHostPort(h, fmt.Sprint(port-1000))
}

// loadItem is one article to extract and store, or a read failure.
type loadItem struct {
	path   string
	art    newsgraph.Article
	origin string // see graph.Origin; "" for one of several articles in a file
}

type loadTally struct {
	mu       sync.Mutex
	status   map[newsgraph.LoadStatus]int
	failures int
	inputs   int
}

func (t *loadTally) fail(stderr io.Writer, path string, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.failures++
	msg := newsgraph.ErrorMessage(err)
	if !strings.Contains(msg, path) {
		msg = path + ": " + msg
	}
	fmt.Fprintln(stderr, "newsgraph: "+msg)
}

func runLoad(cmd *cobra.Command, args []string) error {
	if dir, _ := cmd.Flags().GetString("watch"); dir != "" {
		return runWatch(cmd, dir, args)
	}
	ctx := cmd.Context()
	start := time.Now()
	if len(args) == 0 {
		args = []string{"examples"}
	}
	ex, err := pipeline()
	if err != nil {
		return err
	}
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}

	stderr := cmd.ErrOrStderr()
	// A progress bar on a terminal (log lines otherwise); error lines go
	// through it so they print above the bar.
	prog := progress.New(stderr, 0, progress.Options{SilentErrors: true})
	stderr = prog
	tally := &loadTally{status: map[newsgraph.LoadStatus]int{}}
	items := make(chan loadItem)
	var fatal error
	var fatalOnce sync.Once
	var wg sync.WaitGroup
	for w := 0; w < cfg.LoadConcurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				a, err := extractSafely(ex, it.art)
				if err != nil {
					tally.fail(stderr, it.path, err)
					prog.Done(it.path, err)
					continue
				}
				res, err := store.SaveAs(ctx, a, it.origin)
				if err != nil {
					if newsgraph.ErrorCode(err) == newsgraph.EUNAVAILABLE {
						fatalOnce.Do(func() { fatal = err })
					}
					tally.fail(stderr, it.path+" ("+articleName(it.art)+")", err)
					prog.Done(it.path, err)
					continue
				}
				tally.mu.Lock()
				tally.status[res.Status]++
				tally.mu.Unlock()
				prog.Done(it.path, nil)
			}
		}()
	}
	for _, arg := range args {
		files, err := loaders.Expand([]string{arg})
		if err != nil {
			tally.inputs++
			tally.fail(stderr, arg, err)
			continue
		}
		for _, path := range files {
			tally.inputs++
			arts, err := loaders.ReadFile(path)
			if err != nil {
				tally.fail(stderr, path, err)
			}
			prog.AddTotal(len(arts))
			for _, art := range arts {
				if art.File == "" && path != "-" {
					art.File = filepath.Base(path)
				}
				// A file name identifies an article only if the file holds
				// one: a corpus's articles are not versions of each other.
				origin := graph.Origin(art)
				if len(arts) > 1 && art.URL == "" {
					origin = ""
				}
				items <- loadItem{path: path, art: art, origin: origin}
			}
		}
	}
	close(items)
	wg.Wait()
	prog.Finish()
	if fatal != nil {
		return fatal
	}

	logger.Debug("load finished", "retried_transactions", store.Retries())
	counts, err := store.Counts(ctx)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	writeLoadSummary(out, tally, counts, time.Since(start))
	writeHowToLook(out, store.Addr())
	if tally.failures > 0 {
		return newsgraph.Errorf(newsgraph.EINVALID, "%d input(s) failed (see above)", tally.failures)
	}
	return nil
}

func writeLoadSummary(w io.Writer, t *loadTally, counts map[string]int, took time.Duration) {
	fmt.Fprintf(w, "loaded in %s: articles %d new, %d unchanged, %d updated, %d failed\n",
		took.Round(time.Millisecond), t.status[newsgraph.StatusNew], t.status[newsgraph.StatusUnchanged],
		t.status[newsgraph.StatusUpdated], t.failures)
	fmt.Fprintf(w, "graph now holds %d articles, %d mentions, %d facts\n", counts["Article"], counts["Mention"], counts["Fact"])
	fmt.Fprint(w, "entities:")
	for _, typ := range newsgraph.EntityTypes {
		fmt.Fprintf(w, " %s %d", typ, counts[string(typ)])
	}
	fmt.Fprintln(w)
	rels := schema.Relations()
	sort.SliceStable(rels, func(i, j int) bool { return counts[rels[i]] > counts[rels[j]] })
	var parts []string
	for _, r := range rels {
		if counts[r] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", r, counts[r]))
		}
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	fmt.Fprintln(w, "relations: "+strings.Join(parts, ", "))
}

func writeHowToLook(w io.Writer, alpha string) {
	fmt.Fprintf(w, `
Look at it:
  newsgraph query dql - <<'EOF'
  {
    facts(func: type(Fact), first: 20) {
      name relation dates counts
      agent { name } patient { name }
      evidence: ~mention_of { sentence article { name published } }
    }
    people(func: type(Person), first: 20) { name alias }
  }
  EOF
  Ratel (Dgraph's web UI, not bundled with Dgraph v24): set its Dgraph server
  URL to http://%s and run, e.g.,
    { q(func: type(Fact), first: 50) { name agent { name } patient { name } } }
  to draw who did what to whom (double-click a node to expand it).
`, httpAddrFor(alpha))
}
