package watch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

func write(t *testing.T, path, content string, mtime time.Time) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	// Explicit modification times keep the test independent of the file
	// system's timestamp granularity.
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func newWatcher(t *testing.T, dir string) *Watcher {
	t.Helper()
	w, err := New(dir, Options{Debounce: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// pollAll polls and finishes every ready file at once, as if handling were
// instant.
func pollAll(w *Watcher, now time.Time) []string {
	ready := w.Poll(now)
	for _, p := range ready {
		w.Finish(p, nil, now)
	}
	return ready
}

func names(paths []string) []string {
	out := []string{}
	for _, p := range paths {
		out = append(out, filepath.Base(p))
	}
	return out
}

func TestPollLifecycle(t *testing.T) {
	dir := t.TempDir()
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	m0 := t0.Add(-time.Hour)
	write(t, filepath.Join(dir, "a.txt"), "first article", m0)
	write(t, filepath.Join(dir, ".hidden.txt"), "hidden", m0)
	write(t, filepath.Join(dir, "b.txt.part"), "partial download", m0)
	w := newWatcher(t, dir)

	steps := []struct {
		name   string
		at     time.Duration
		change func()
		want   []string
	}{
		{"first sight waits for the debounce", 0, nil, []string{}},
		{"still within the debounce", 500 * time.Millisecond, nil, []string{}},
		{"existing file stable: handled, hidden and temp ignored", 1500 * time.Millisecond, nil, []string{"a.txt"}},
		{"handled once only", 3 * time.Second, nil, []string{}},
		{"new file appears half-written", 4 * time.Second, func() {
			write(t, filepath.Join(dir, "c.txt"), "half of", t0.Add(4*time.Second))
		}, []string{}},
		{"writer still going: size and time change", 4500 * time.Millisecond, func() {
			write(t, filepath.Join(dir, "c.txt"), "half of the article", t0.Add(4500*time.Millisecond))
		}, []string{}},
		{"not yet stable for a full debounce", 5400 * time.Millisecond, nil, []string{}},
		{"complete and stable", 5600 * time.Millisecond, nil, []string{"c.txt"}},
		{"a changes", 6 * time.Second, func() {
			write(t, filepath.Join(dir, "a.txt"), "first article, corrected", t0.Add(6*time.Second))
		}, []string{}},
		{"changed a handled again", 7100 * time.Millisecond, nil, []string{"a.txt"}},
		{"touch without content change counts as a change", 8 * time.Second, func() {
			if err := os.Chtimes(filepath.Join(dir, "c.txt"), t0.Add(8*time.Second), t0.Add(8*time.Second)); err != nil {
				t.Fatal(err)
			}
		}, []string{}},
		{"touched c handled again", 9100 * time.Millisecond, nil, []string{"c.txt"}},
		{"removed file forgotten", 10 * time.Second, func() {
			if err := os.Remove(filepath.Join(dir, "c.txt")); err != nil {
				t.Fatal(err)
			}
		}, []string{}},
		{"same name again is new", 11 * time.Second, func() {
			write(t, filepath.Join(dir, "c.txt"), "half of the article", t0.Add(8*time.Second))
		}, []string{}},
		{"and handled once stable", 12100 * time.Millisecond, nil, []string{"c.txt"}},
	}
	for _, s := range steps {
		if s.change != nil {
			s.change()
		}
		got := names(pollAll(w, t0.Add(s.at)))
		if !reflect.DeepEqual(got, s.want) {
			t.Fatalf("%s: ready %v, want %v", s.name, got, s.want)
		}
	}
}

func TestPollBusyFileNotHandedTwice(t *testing.T) {
	dir := t.TempDir()
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	write(t, filepath.Join(dir, "a.txt"), "text", t0.Add(-time.Hour))
	w := newWatcher(t, dir)
	w.Poll(t0)
	if got := names(w.Poll(t0.Add(2 * time.Second))); !reflect.DeepEqual(got, []string{"a.txt"}) {
		t.Fatalf("ready %v", got)
	}
	// Changed while being handled: not handed out again until finished.
	write(t, filepath.Join(dir, "a.txt"), "text changed", t0.Add(3*time.Second))
	if got := w.Poll(t0.Add(3 * time.Second)); len(got) != 0 {
		t.Fatalf("busy file handed out again: %v", got)
	}
	if got := w.Poll(t0.Add(5 * time.Second)); len(got) != 0 {
		t.Fatalf("busy file handed out again: %v", got)
	}
	w.Finish(filepath.Join(dir, "a.txt"), nil, t0.Add(5*time.Second))
	if got := names(w.Poll(t0.Add(6 * time.Second))); !reflect.DeepEqual(got, []string{"a.txt"}) {
		t.Fatalf("change during handling not picked up: %v", got)
	}
}

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"article.txt", false},
		{"korpus.csv", false},
		{".DS_Store", true},
		{".article.txt.swp", true},
		{"article.txt~", true},
		{"~$article.docx", true},
		{"#article.txt#", true},
		{"article.txt.tmp", true},
		{"article.txt.PART", true},
		{"download.crdownload", true},
		{"", true},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNewRejectsMissingOrFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	write(t, file, "x", time.Now())
	for _, p := range []string{filepath.Join(dir, "missing"), file} {
		if _, err := New(p, Options{}); err == nil {
			t.Errorf("New(%s): no error", p)
		}
	}
}

// TestRunFailingFileDoesNotBlock runs the real loop: a failing file is
// reported, the other files are handled, and the failing one is retried
// after it changes.
func TestRunFailingFileDoesNotBlock(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	write(t, filepath.Join(dir, "bad.txt"), "bad", old)
	write(t, filepath.Join(dir, "good.txt"), "good", old)

	type event struct {
		name string
		err  error
	}
	events := make(chan event, 16)
	var mu sync.Mutex
	attempts := map[string]int{}
	handle := func(ctx context.Context, path string) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		mu.Lock()
		attempts[filepath.Base(path)]++
		mu.Unlock()
		if string(data) == "bad" {
			return errors.New("cannot parse")
		}
		if string(data) == "panic" {
			panic("handler bug")
		}
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, dir, handle, Options{
			Interval: 10 * time.Millisecond, Debounce: 30 * time.Millisecond, Concurrency: 2,
			OnDone: func(path string, err error) { events <- event{filepath.Base(path), err} },
		})
	}()
	got := map[string]error{}
	for len(got) < 2 {
		e := <-events
		got[e.name] = e.err
	}
	if got["bad.txt"] == nil || got["good.txt"] != nil {
		t.Fatalf("first round: %v", got)
	}
	// The bad file is fixed; a panicking file must not stop the watch.
	write(t, filepath.Join(dir, "bad.txt"), "fixed", time.Now())
	write(t, filepath.Join(dir, "worse.txt"), "panic", time.Now())
	got = map[string]error{}
	for len(got) < 2 {
		e := <-events
		got[e.name] = e.err
	}
	if got["bad.txt"] != nil || got["worse.txt"] == nil {
		t.Fatalf("second round: %v", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if attempts["good.txt"] != 1 || attempts["bad.txt"] != 2 {
		t.Fatalf("attempts %v: want good 1, bad 2", attempts)
	}
}

func TestPollTransientFailureRetried(t *testing.T) {
	dir := t.TempDir()
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	write(t, filepath.Join(dir, "a.txt"), "text", t0.Add(-time.Hour))
	write(t, filepath.Join(dir, "b.txt"), "text", t0.Add(-time.Hour))
	w, err := New(dir, Options{Debounce: time.Second, RetryDelay: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	w.Poll(t0)
	ready := w.Poll(t0.Add(2 * time.Second))
	if len(ready) != 2 {
		t.Fatalf("ready %v", ready)
	}
	unavailable := newsgraph.Errorf(newsgraph.EUNAVAILABLE, "dgraph alpha does not answer")
	invalid := newsgraph.Errorf(newsgraph.EINVALID, "not an article")
	w.Finish(ready[0], unavailable, t0.Add(2*time.Second)) // a.txt: transient
	w.Finish(ready[1], invalid, t0.Add(2*time.Second))     // b.txt: bad until changed
	if got := w.Poll(t0.Add(4 * time.Second)); len(got) != 0 {
		t.Fatalf("retried before the delay: %v", got)
	}
	if got := names(pollAll(w, t0.Add(8*time.Second))); !reflect.DeepEqual(got, []string{"a.txt"}) {
		t.Fatalf("after the delay: ready %v, want the transient failure a.txt only", got)
	}
	if got := w.Poll(t0.Add(20 * time.Second)); len(got) != 0 {
		t.Fatalf("succeeded retry handled again: %v", got)
	}
}
