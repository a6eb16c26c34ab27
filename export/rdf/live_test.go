package rdf_test

import (
	"bytes"
	"context"
	"fmt"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/cluster"
	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/export/rdf"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
	"github.com/newsgraph/newsgraph/schema"
)

func TestMain(m *testing.M) { dgraphtest.Main(m) }

// EnvOffset overrides the port offset of the round trip's own cluster
// (default: the test cluster's offset + 50).
const EnvOffset = "NEWSGRAPH_TEST_EXPORT_OFFSET"

// seedAnalyses reads and extracts the seed articles, or skips when
// ../shared is absent outside CI.
func seedAnalyses(t *testing.T) []newsgraph.Analysis {
	t.Helper()
	dir := sharedtest.Path(t, "seeds")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no seeds in %s", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New()
	var out []newsgraph.Analysis
	for _, p := range paths {
		arts, err := loaders.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			out = append(out, ex.Extract(a))
		}
	}
	return out
}

// awkward is an analysis whose strings and numbers are hard to carry
// through a file: quotes, backslashes, line breaks, parentheses and commas
// in facets, a whole-number confidence, a boolean, a passive fact.
func awkward() newsgraph.Analysis {
	text := "Der \"Chef\" (a.D.) sagte: \\o/ – Zeile\nzwei. Ärger-Testow entließ Müller, Meier & Co."
	tok := newsgraph.EntityKey(newsgraph.Person, "aman ärger-testow")
	mue := newsgraph.EntityKey(newsgraph.Organization, `müller, meier & "co"`)
	return newsgraph.Analysis{
		Article: newsgraph.Article{Source: "test", File: "awkward.txt", Title: "Ein (schwieriger) \"Titel\"", Date: "2022-01", Text: text},
		Entities: []newsgraph.Entity{
			{Key: tok, Name: "Aman Ärger-Testow", Type: newsgraph.Person, Aliases: []string{"Ärger-Testow", "Aerger-Testow"}},
			{Key: mue, Name: `Müller, Meier & "Co"`, Type: newsgraph.Organization,
				Mentions: []newsgraph.Mention{{Text: "Müller", Span: newsgraph.Span{Start: 60, End: 67}, Sentence: 1, Type: newsgraph.Organization}}},
		},
		Relations: []newsgraph.Relation{
			{Type: "dismissed", Subject: tok, Object: mue, Attrs: newsgraph.Attrs{Date: "2022-01-08", Count: 2, Role: "Chef (a.D.)", Former: true},
				Evidence: newsgraph.Evidence{Sentence: "Ärger-Testow entließ Müller, Meier & Co.", Index: 1, Confidence: 1}},
			{Type: "arrested", Object: mue, Attrs: newsgraph.Attrs{Date: "2022-01-09"},
				Evidence: newsgraph.Evidence{Sentence: "Zeile\nzwei (\"x\", y)", Index: 0, Confidence: 0.25}},
		},
	}
}

// Export the graph as N-Quads, load them with `dgraph live` into an
// emptied alpha, and get the same graph back: same counts, same nodes
// (by xid) with the same values, same edges with the same facets.
func TestLiveRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("starts its own Dgraph")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	offset := dgraphtest.PortOffset() + 50
	if s := os.Getenv(EnvOffset); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("%s=%q", EnvOffset, s)
		}
		offset = n
	}
	opts := cluster.Options{Home: t.TempDir(), PortOffset: offset, Binary: dgraphtest.Binary(), CacheMB: 128, Fresh: true}
	st, err := cluster.Start(ctx, opts)
	if err != nil {
		t.Fatalf("starting the round trip's alpha on offset %d: %v", offset, err)
	}
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := cluster.Stop(stopCtx, opts); err != nil {
			t.Errorf("stopping the round trip's alpha: %v", err)
		}
	})
	store, err := graph.Open(ctx, st.AlphaAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	analyses := append([]newsgraph.Analysis{awkward()}, seedAnalyses(t)...)
	for _, a := range analyses {
		if _, err := store.Save(ctx, a); err != nil {
			t.Fatalf("saving %s: %v", a.Article.File, err)
		}
	}
	before, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// small pages, so that paging is exercised (the seed graph has a few
	// hundred nodes)
	defer func(n int) { export.PageSize = n }(export.PageSize)
	export.PageSize = 37
	g1, err := export.Read(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	if before["Article"] != len(analyses) || before["Fact"] == 0 || before["dismissed"] == 0 {
		t.Fatalf("unexpected graph before export: %v", before)
	}

	// A query's result: aliases resolve to predicates, and nodes the query
	// returned bare get their xid, type and name from the graph.
	tok := newsgraph.EntityKey(newsgraph.Person, "aman ärger-testow")
	sub, err := export.ReadQuery(ctx, store, `query q($who: string) {
		q(func: eq(xid, $who)) { uid fired: dismissed @facets(date) { uid } }
	}`, map[string]string{"$who": tok})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Edges) != 1 || sub.Edges[0].Type != "dismissed" || sub.Edges[0].From != tok ||
		len(sub.Edges[0].Facets) != 1 || sub.Edges[0].Facets[0].Key != "date" {
		t.Errorf("query export edges %+v", sub.Edges)
	}
	for _, n := range sub.Nodes {
		if n.XID == "" || n.Name == "" || len(n.Types) == 0 {
			t.Errorf("query export node not completed: %+v", n)
		}
	}

	dir := t.TempDir()
	rdfFile := filepath.Join(dir, "graph.rdf")
	schemaFile := filepath.Join(dir, "schema.dql")
	var buf bytes.Buffer
	if err := (rdf.Writer{}).Write(&buf, g1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rdfFile, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(schemaFile, []byte(schema.DQL()), 0o644); err != nil {
		t.Fatal(err)
	}

	if err := store.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	if empty, err := export.Read(ctx, store); err != nil || len(empty.Nodes) != 0 {
		t.Fatalf("alpha not empty after DropAll: %v %v", err, empty)
	}

	zero := fmt.Sprintf("localhost:%d", cluster.PortsFor(offset).ZeroGRPC)
	cmd := exec.CommandContext(ctx, dgraphtest.Binary(), "live", "--files", rdfFile, "--schema", schemaFile,
		"--alpha", st.AlphaAddr, "--zero", zero, "--batch", "500")
	cmd.Dir = dir // the live loader writes its temporary files here
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dgraph live: %v\n%s", err, tail(out))
	}

	after, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for k, n := range before {
		if after[k] != n {
			t.Errorf("count of %s: %d before export, %d after live load", k, n, after[k])
		}
	}
	g2, err := export.Read(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	want, got := canonical(g1), canonical(g2)
	if len(want) != len(got) {
		t.Errorf("%d lines before, %d after", len(want), len(got))
	}
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("first difference at line %d:\nbefore: %s\nafter:  %s", i, w, g)
			break
		}
	}
	t.Logf("round trip of %d nodes and %d edges (%d N-Quads): %v", len(g1.Nodes), len(g1.Edges), strings.Count(buf.String(), "\n"), before)

	// dgraph bulk reads the same file and schema (it builds a p directory
	// for a new cluster; it only needs the zero for uid leases).
	bulk := exec.CommandContext(ctx, dgraphtest.Binary(), "bulk", "--files", rdfFile, "--schema", schemaFile,
		"--zero", zero, "--out", filepath.Join(dir, "out"), "--tmp", filepath.Join(dir, "bulktmp"),
		"--map_shards", "1", "--reduce_shards", "1",
		// bulk serves pprof on localhost:8080 by default: the port of a
		// user's default alpha. Any free loopback port will do.
		"--http", freeLoopbackAddr(t))
	bulk.Dir = dir
	if out, err := bulk.CombinedOutput(); err != nil {
		t.Errorf("dgraph bulk: %v\n%s", err, tail(out))
	} else if entries, err := os.ReadDir(filepath.Join(dir, "out", "0", "p")); err != nil || len(entries) == 0 {
		t.Errorf("dgraph bulk wrote no p directory: %v\n%s", err, tail(out))
	}

	// The xid survives as written, without the blank node prefix
	// (what `dgraph live -U xid` would have stored instead).
	data, err := store.Query(ctx, `{ q(func: has(xid)) @filter(regexp(xid, /^_:/)) { count(uid) } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"count":0`) {
		t.Errorf("xids with a blank node prefix: %s", data)
	}
}

// canonical writes a graph as sorted lines without uids, so that two loads
// of one graph compare equal.
func canonical(g *export.Graph) []string {
	var lines []string
	for _, n := range g.Nodes {
		lines = append(lines, fmt.Sprintf("node %s %v %q", n.ID, n.Types, n.Name))
		for _, p := range n.Props {
			vals := make([]string, len(p.Values))
			for i, v := range p.Values {
				vals[i] = v.Kind.String() + ":" + v.Text
			}
			sort.Strings(vals)
			lines = append(lines, fmt.Sprintf("  %s %s = %q", n.ID, p.Key, vals))
		}
	}
	for _, e := range g.Edges {
		var fs []string
		for _, f := range e.Facets {
			fs = append(fs, f.Key+"="+f.Values[0].Kind.String()+":"+f.Values[0].Text)
		}
		lines = append(lines, fmt.Sprintf("edge %s -%s-> %s %q", e.From, e.Type, e.To, fs))
	}
	sort.Strings(lines)
	return lines
}

func tail(b []byte) string {
	const n = 3000
	if len(b) > n {
		return "…" + string(b[len(b)-n:])
	}
	return string(b)
}

// freeLoopbackAddr returns a loopback address with a port nobody listens on
// right now.
func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
