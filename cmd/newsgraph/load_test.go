package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// envRunMain makes the test binary behave as the newsgraph command, so
// tests run real CLI processes (several at once, for concurrency).
const envRunMain = "NEWSGRAPH_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(envRunMain) == "1" {
		main()
		return
	}
	dgraphtest.Main(m)
}

// cli runs newsgraph with args against the test Dgraph (never starting
// one) in dir, and returns stdout, stderr and the exit code.
func cli(t *testing.T, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	args = append([]string{"--alpha", dgraphtest.AlphaAddr(), "--autostart=false", "--log-level", "warn"}, args...)
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), envRunMain+"=1")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// exampleCopies writes the example articles into dir under names and with
// a last line carrying tag, so they are new articles (new content hash,
// new origin) with the examples' entities and facts. It returns the paths.
func exampleCopies(t *testing.T, dir, tag string) []string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	src, err := filepath.Glob(filepath.Join(filepath.Dir(file), "..", "..", "examples", "*.txt"))
	if err != nil || len(src) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	var out []string
	for _, s := range src {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, tag+"-"+filepath.Base(s))
		if err := os.WriteFile(p, append(b, []byte("\nStand: Ausgabe "+tag+".\n")...), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// xidsOf returns the article xids of the files.
func xidsOf(t *testing.T, files []string) []string {
	t.Helper()
	var xids []string
	for _, f := range files {
		arts, err := loaders.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			xids = append(xids, newsgraph.ArticleXID(a.Text))
		}
	}
	return xids
}

func subgraph(t *testing.T, xids []string) map[string]int {
	t.Helper()
	s, err := graph.Open(context.Background(), dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.SubgraphCounts(context.Background(), xids)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	files := exampleCopies(t, dir, dgraphtest.Nonce(t))
	out, errOut, code := cli(t, dir, "", "load", dir)
	if code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, fmt.Sprintf("articles %d new, 0 unchanged", len(files))) ||
		!strings.Contains(out, "newsgraph query dql") || !strings.Contains(out, "http://") {
		t.Errorf("first load summary:\n%s", out)
	}
	xids := xidsOf(t, files)
	first := subgraph(t, xids)
	if first["Article"] != len(files) || first["Person"] == 0 || first["Fact"] == 0 {
		t.Errorf("after the first load: %v; want every article, persons and facts", first)
	}
	out, errOut, code = cli(t, dir, "", "load", dir)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("articles 0 new, %d unchanged", len(files))) {
		t.Fatalf("second load: exit %d\n%s%s", code, out, errOut)
	}
	if second := subgraph(t, xids); !maps.Equal(first, second) {
		t.Errorf("counts changed on reload\nfirst  %v\nsecond %v", first, second)
	}
}

func TestLoadReportsEachBadFileAndLoadsTheRest(t *testing.T) {
	dir := t.TempDir()
	files := exampleCopies(t, dir, dgraphtest.Nonce(t))
	bad := filepath.Join(dir, "kaputt.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "fehlt.txt")
	out, errOut, code := cli(t, dir, "", "load", files[0], bad, missing)
	if code == 0 {
		t.Errorf("exit 0 despite bad inputs")
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "kaputt.txt") || !strings.Contains(lines[1], "fehlt.txt") {
		t.Errorf("stderr: want one line per bad input, then the total:\n%s", errOut)
	}
	if !strings.Contains(out, "articles 1 new") {
		t.Errorf("the good file was not loaded:\n%s", out)
	}
}

func TestLoadWithoutDgraph(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "--alpha", "localhost:1", "--autostart=false", "schema", "apply")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), envRunMain+"=1")
	out, err := cmd.CombinedOutput()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != newsgraph.ExitCode(newsgraph.Errorf(newsgraph.EUNAVAILABLE, "")) {
		t.Fatalf("err %v, output %s: want the unavailable exit code", err, out)
	}
	if lines := strings.Split(strings.TrimSpace(string(out)), "\n"); len(lines) != 1 ||
		!strings.Contains(lines[0], "localhost:1") || !strings.Contains(lines[0], "newsgraph dgraph start") {
		t.Errorf("want one line naming the address and what to do, got:\n%s", out)
	}
}

// Four newsgraph load processes started at once on overlapping sets of
// articles must leave the graph as one sequential load does: one node per
// entity, fact, mention and article.
func TestFourLoadProcessesAtOnce(t *testing.T) {
	seqDir, parDir := t.TempDir(), t.TempDir()
	var seq, par []string
	for i := 0; i < 2; i++ {
		seq = append(seq, exampleCopies(t, seqDir, dgraphtest.Nonce(t))...)
		par = append(par, exampleCopies(t, parDir, dgraphtest.Nonce(t))...)
	}
	if out, errOut, code := cli(t, seqDir, "", append([]string{"load"}, seq...)...); code != 0 {
		t.Fatalf("sequential load: exit %d\n%s%s", code, out, errOut)
	}
	want := subgraph(t, xidsOf(t, seq))

	var wg sync.WaitGroup
	for l := 0; l < 4; l++ {
		var mine []string
		for i, f := range par {
			if i%4 != l { // each process skips a different quarter
				mine = append(mine, f)
			}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if out, errOut, code := cli(t, parDir, "", append([]string{"load", "--concurrency", "2"}, mine...)...); code != 0 {
				t.Errorf("load process %d: exit %d\n%s%s", l, code, out, errOut)
			}
		}()
	}
	wg.Wait()
	xids := xidsOf(t, par)
	if got := subgraph(t, xids); !maps.Equal(got, want) {
		t.Errorf("four processes\n got %v\nwant %v (sequential)", got, want)
	}

	// Every node the new articles reach has an xid no other node has.
	s, err := graph.Open(context.Background(), dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seen := map[string]bool{}
	for _, x := range xids {
		out, err := s.Query(context.Background(), `query q($a: string) {
  q(func: eq(xid, $a)) { xid ~article { xid mention_of { xid } } } }`, map[string]string{"$a": x})
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Q []struct {
				XID string `json:"xid"`
				M   []struct {
					XID string `json:"xid"`
					Of  struct {
						XID string `json:"xid"`
					} `json:"mention_of"`
				} `json:"~article"`
			} `json:"q"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Q) != 1 {
			t.Errorf("article %s: %d nodes", x, len(got.Q))
			continue
		}
		for _, m := range got.Q[0].M {
			seen[m.XID], seen[m.Of.XID] = true, true
		}
	}
	for x := range seen {
		out, err := s.Query(context.Background(), `query q($x: string) { q(func: eq(xid, $x)) { n: count(uid) } }`, map[string]string{"$x": x})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), `"n":1}`) {
			t.Errorf("xid %s: %s, want exactly one node", x, out)
		}
	}
	t.Logf("%d distinct nodes checked; counts %v", len(seen), want)
}

func TestQueryDQLWithVariables(t *testing.T) {
	dir := t.TempDir()
	tag := dgraphtest.Nonce(t)
	files := exampleCopies(t, dir, tag)
	if out, errOut, code := cli(t, dir, "", "load", files[0]); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	xid := xidsOf(t, files[:1])[0]
	q := `query q($a: string) { q(func: eq(xid, $a)) { xid file } }`
	out, errOut, code := cli(t, dir, q, "query", "dql", "--var", "a="+xid, "-")
	if code != 0 {
		t.Fatalf("query: exit %d\n%s", code, errOut)
	}
	var got struct {
		Q []struct{ XID, File string } `json:"q"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Q) != 1 || got.Q[0].XID != xid {
		t.Errorf("query output %s (%v)", out, err)
	}
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"query", "dql", "--var", "a", "-"}, 2},                   // no value
		{[]string{"query", "dql", "--var", "a=1", "--var", "a=2", "-"}, 2}, // twice
		{[]string{"query", "dql", "--var", "b=x", "-"}, 2},                 // $b not declared
	} {
		if _, errOut, code := cli(t, dir, q, tc.args...); code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut)
		}
	}
}

func TestForgetFile(t *testing.T) {
	dir := t.TempDir()
	files := exampleCopies(t, dir, dgraphtest.Nonce(t))
	if out, errOut, code := cli(t, dir, "", "load", files[0]); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	out, errOut, code := cli(t, dir, "", "forget", files[0])
	if code != 0 || !strings.Contains(out, "forgot article:") {
		t.Fatalf("forget: exit %d\n%s%s", code, out, errOut)
	}
	if c := subgraph(t, xidsOf(t, files[:1])); c["Article"] != 0 || c["Mention"] != 0 {
		t.Errorf("after forget: %v", c)
	}
	if _, _, code := cli(t, dir, "", "forget", files[0]); code != newsgraph.ExitCode(newsgraph.Errorf(newsgraph.ENOTFOUND, "")) {
		t.Errorf("forgetting again: exit %d, want not found", code)
	}
}

func TestSchemaPrintAndQueryFromFile(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := cli(t, dir, "", "schema", "print")
	if code != 0 || out != schema.DQL() {
		t.Errorf("schema print: exit %d, %d bytes (want the embedded schema)\n%s", code, len(out), errOut)
	}
	if out, errOut, code := cli(t, dir, "", "schema", "apply"); code != 0 || !strings.Contains(out, dgraphtest.AlphaAddr()) {
		t.Errorf("schema apply: exit %d\n%s%s", code, out, errOut)
	}
	q := filepath.Join(dir, "q.dql")
	if err := os.WriteFile(q, []byte(`query q($t: string) { q(func: eq(relation, $t), first: 1) { relation } }`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = cli(t, dir, "", "query", "dql", q, "--var", "t=dismissed")
	if code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("query from a file: exit %d\n%s%s", code, out, errOut)
	}
	if _, _, code := cli(t, dir, "", "query", "dql", filepath.Join(dir, "fehlt.dql")); code != 2 {
		t.Errorf("query from a missing file: exit %d, want 2", code)
	}
}
