package ingest_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/watch"
)

func TestMain(m *testing.M) { dgraphtest.Main(m) }

func tag(t *testing.T) string {
	t.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "T" + hex.EncodeToString(b)
}

// articleText is an article of our own making; tag and variant make its
// content unique.
func articleText(tag string, variant int) string {
	return fmt.Sprintf(`Tokajew entlässt Massimow

Der kasachische Präsident Kassym-Schomart Tokajew hat am Mittwoch den Geheimdienstchef Karim Massimow entlassen.
Russland schickte nach einem Hilferuf Tokajews Soldaten nach Kasachstan. Die Meldung %s hat die Fassung %d.
`, tag, variant)
}

func openStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := graph.Open(ctx, dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// stored reports whether an article with the given xid is in the graph.
func stored(t *testing.T, st *graph.Store, xid string) bool {
	t.Helper()
	out, err := st.Query(context.Background(), `query q($x: string) { a(func: eq(xid, $x)) @filter(type(Article)) { count(uid) } }`, map[string]string{"$x": xid})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		A []struct {
			Count int `json:"count"`
		} `json:"a"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.A) == 0 {
		return false
	}
	if res.A[0].Count > 1 {
		t.Fatalf("article %s stored %d times", xid, res.A[0].Count)
	}
	return res.A[0].Count == 1
}

// xidOf is the xid the loaders give the article in content, read as name.
func xidOf(t *testing.T, name, content string) string {
	t.Helper()
	arts, err := loaders.ReadBytes(name, []byte(content))
	if err != nil || len(arts) != 1 {
		t.Fatalf("reading %s: %d articles, %v", name, len(arts), err)
	}
	return arts[0].XID
}

// writeAt writes a file and sets its modification time, so that the
// watcher's debounce is driven by the test's clock alone.
func writeAt(t *testing.T, path, content string, mtime time.Time) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

// TestWatchFolder drives a watcher over a folder with a manual clock and
// loads what it hands over into the real graph: files present at the start,
// a bad file (reported, retried once fixed), a file written in two halves
// (loaded once, complete), and a changed file (the new version replaces the
// old one).
func TestWatchFolder(t *testing.T) {
	st := openStore(t)
	ex := extract.New()
	dir := t.TempDir()
	tg := tag(t)
	ctx := context.Background()
	t0 := time.Now().Truncate(time.Second)
	name := func(s string) string { return filepath.Join(dir, s+"-"+tg+".txt") }

	w, err := watch.New(dir, watch.Options{Debounce: time.Second, Accept: loaders.HasExtension})
	if err != nil {
		t.Fatal(err)
	}
	// step polls at t0+at and loads every file handed over, returning the
	// results and errors by file name.
	step := func(at time.Duration) (map[string][]ingest.Result, map[string]error) {
		now := t0.Add(at)
		results, errs := map[string][]ingest.Result{}, map[string]error{}
		for _, path := range w.Poll(now) {
			res, err := ingest.File(ctx, st, ex, path)
			w.Finish(path, err, now)
			results[filepath.Base(path)] = res
			if err != nil {
				errs[filepath.Base(path)] = err
			}
		}
		return results, errs
	}
	base := func(s string) string { return filepath.Base(name(s)) }

	first := articleText(tg, 1)
	writeAt(t, name("first"), first, t0.Add(-time.Hour))
	writeAt(t, name("bad"), "\x00\x01\x02\x03 not an article \x00\xff\xfe", t0.Add(-time.Hour))
	writeAt(t, filepath.Join(dir, ".hidden-"+tg+".txt"), articleText(tg, 99), t0.Add(-time.Hour))

	if res, _ := step(0); len(res) != 0 {
		t.Fatalf("handled before the debounce: %v", res)
	}
	res, errs := step(2 * time.Second)
	if len(res) != 2 {
		t.Fatalf("start: handled %d files, want first and bad: %v", len(res), res)
	}
	if r := res[base("first")]; len(r) != 1 || r[0].Status != newsgraph.StatusNew || !stored(t, st, r[0].XID) {
		t.Fatalf("first: %+v", r)
	}
	if err := errs[base("bad")]; err == nil || newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Fatalf("bad file: error %v, want invalid", err)
	}
	if stored(t, st, xidOf(t, "x.txt", articleText(tg, 99))) {
		t.Fatal("hidden file loaded")
	}

	// A file written in two halves is not read half-done.
	full := articleText(tg, 2)
	half := full[:len(full)/2]
	writeAt(t, name("second"), half, t0.Add(3*time.Second))
	if res, _ := step(3 * time.Second); len(res) != 0 {
		t.Fatalf("half-written file handled: %v", res)
	}
	writeAt(t, name("second"), full, t0.Add(3500*time.Millisecond))
	if res, _ := step(4 * time.Second); len(res) != 0 {
		t.Fatalf("file handled before it was stable: %v", res)
	}
	res, errs = step(5 * time.Second)
	if r := res[base("second")]; len(r) != 1 || r[0].Status != newsgraph.StatusNew || errs[base("second")] != nil {
		t.Fatalf("second: %+v, %v", r, errs)
	}
	if !stored(t, st, xidOf(t, "second.txt", full)) || stored(t, st, xidOf(t, "second.txt", half)) {
		t.Fatal("the complete file must be stored, the half never")
	}

	// The bad file is fixed; the first file changes.
	fixed := articleText(tg, 3)
	changed := articleText(tg, 4)
	writeAt(t, name("bad"), fixed, t0.Add(6*time.Second))
	writeAt(t, name("first"), changed, t0.Add(6*time.Second))
	if res, _ := step(6500 * time.Millisecond); len(res) != 0 {
		t.Fatalf("changes handled at first sight: %v", res)
	}
	res, errs = step(7500 * time.Millisecond)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if r := res[base("bad")]; len(r) != 1 || r[0].Status != newsgraph.StatusNew {
		t.Fatalf("fixed bad file: %+v", r)
	}
	if r := res[base("first")]; len(r) != 1 || r[0].Status != newsgraph.StatusUpdated {
		t.Fatalf("changed file: %+v, want updated", r)
	}
	if stored(t, st, xidOf(t, "first.txt", first)) || !stored(t, st, xidOf(t, "first.txt", changed)) {
		t.Fatal("the changed file's new version must replace the old one")
	}
	if res, _ := step(20 * time.Second); len(res) != 0 {
		t.Fatalf("unchanged files handled again: %v", res)
	}
}

// TestWatchRun runs the real watch loop with the wall clock: a file dropped
// into the folder ends up in the graph.
func TestWatchRun(t *testing.T) {
	st := openStore(t)
	ex := extract.New()
	dir := t.TempDir()
	tg := tag(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	loaded := make(chan []ingest.Result, 4)
	failed := make(chan error, 4)
	go func() {
		done <- watch.Run(ctx, dir, func(ctx context.Context, path string) error {
			res, err := ingest.File(ctx, st, ex, path)
			if err != nil {
				failed <- err
				return err
			}
			loaded <- res
			return nil
		}, watch.Options{Interval: 20 * time.Millisecond, Debounce: 100 * time.Millisecond, Accept: loaders.HasExtension})
	}()
	text := articleText(tg, 1)
	// Written under a temporary name and renamed, as copy tools do.
	tmp := filepath.Join(dir, "drop-"+tg+".txt.part")
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "drop-"+tg+".txt")); err != nil {
		t.Fatal(err)
	}
	select {
	case res := <-loaded:
		if len(res) != 1 || res[0].Status != newsgraph.StatusNew || !stored(t, st, res[0].XID) {
			t.Fatalf("dropped file: %+v", res)
		}
	case err := <-failed:
		t.Fatalf("dropped file failed: %v", err)
	case <-time.After(time.Minute):
		t.Fatal("dropped file not loaded within a minute")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestFileCorpusArticlesKeepTheirIdentity loads a file with several
// articles twice: each is stored once, none replaces another.
func TestFileCorpusArticlesKeepTheirIdentity(t *testing.T) {
	st := openStore(t)
	ex := extract.New()
	tg := tag(t)
	var lines []byte
	for v := 1; v <= 3; v++ {
		line, _ := json.Marshal(map[string]string{"text": articleText(tg, v), "source": "Testagentur"})
		lines = append(append(lines, line...), '\n')
	}
	path := filepath.Join(t.TempDir(), "corpus-"+tg+".jsonl")
	if err := os.WriteFile(path, lines, 0o644); err != nil {
		t.Fatal(err)
	}
	for round, want := range []newsgraph.LoadStatus{newsgraph.StatusNew, newsgraph.StatusUnchanged} {
		res, err := ingest.File(context.Background(), st, ex, path)
		if err != nil || len(res) != 3 {
			t.Fatalf("round %d: %d results, %v", round, len(res), err)
		}
		for _, r := range res {
			if r.Status != want || !stored(t, st, r.XID) {
				t.Fatalf("round %d: %+v, want %s and stored", round, r, want)
			}
		}
	}
}
