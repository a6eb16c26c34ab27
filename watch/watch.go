// Package watch loads the files of a folder as they arrive: what is there
// at the start, then every new or changed file.
//
// It polls instead of using file-system notifications: polling works the
// same on every platform and on network and container mounts where inotify
// events are lost, and a newsroom drop folder does not need sub-second
// latency. A file is handed over only after its size and modification time
// have stayed the same for a debounce interval, so a file still being
// written (copied, uploaded) is not read half-done. Hidden and temporary
// files are ignored. A file whose handling fails is reported and tried
// again when it changes, or after a delay if the failure is transient
// (Dgraph unavailable); it never blocks the other files.
package watch

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Handler loads one file. Its error is reported; the file is tried again
// when it changes.
type Handler func(ctx context.Context, path string) error

// Options tune a watch. The zero value is usable.
type Options struct {
	// Interval is the time between two scans of the folder; default 500ms.
	Interval time.Duration
	// Debounce is how long a file's size and modification time must stay
	// the same before it is handled; default 1s.
	Debounce time.Duration
	// Concurrency is how many files are handled at once; default 1.
	Concurrency int
	// Accept, if set, keeps only the files it returns true for (for
	// example those with an extension some loader reads). Hidden and
	// temporary files are dropped before it is asked.
	Accept func(path string) bool
	// OnDone, if set, is called after each file is handled, with the
	// handler's error. When nil, failures are logged to Logger.
	OnDone func(path string, err error)
	// Retryable says whether a failure is transient, so that the file is
	// tried again after RetryDelay even if it does not change. Default:
	// an EUNAVAILABLE error (Dgraph restarting), so nothing is lost.
	Retryable func(err error) bool
	// RetryDelay is the wait before a transient failure is retried;
	// default 5s.
	RetryDelay time.Duration
	// Logger receives scan problems and, without OnDone, failures; nil
	// discards them.
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Interval <= 0 {
		o.Interval = 500 * time.Millisecond
	}
	if o.Debounce <= 0 {
		o.Debounce = time.Second
	}
	if o.Concurrency < 1 {
		o.Concurrency = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Retryable == nil {
		o.Retryable = func(err error) bool { return newsgraph.ErrorCode(err) == newsgraph.EUNAVAILABLE }
	}
	if o.RetryDelay <= 0 {
		o.RetryDelay = 5 * time.Second
	}
	return o
}

// version identifies one state of a file's content as far as stat can tell.
type version struct {
	size  int64
	mtime time.Time
}

type fileState struct {
	seen     version
	since    time.Time // when seen was first observed
	handled  version   // the version last handed over
	done     bool      // handled is set
	busy     bool      // being handled now
	retryAt  time.Time // a transient failure: try again from then on
	retrying bool
}

// Watcher tracks the files of one folder between scans. Run drives it with
// the wall clock; tests drive Poll with their own clock.
type Watcher struct {
	dir  string
	opts Options

	mu    sync.Mutex
	files map[string]*fileState
}

// New returns a watcher of dir. dir must be a readable directory.
func New(dir string, opts Options) (*Watcher, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "watch folder %s", dir)
	}
	if !info.IsDir() {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "watch folder %s is not a directory", dir)
	}
	return &Watcher{dir: dir, opts: opts.withDefaults(), files: map[string]*fileState{}}, nil
}

// Poll scans the folder as of now and returns the files that are ready to
// be handled, sorted by path, and marks them busy. Each must be passed to
// Finish once handled. A file is ready when its current version has been
// seen unchanged for at least the debounce interval and differs from the
// version last handled.
func (w *Watcher) Poll(now time.Time) []string {
	current := map[string]version{}
	err := filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable entry (permissions, removed during the scan)
			// is skipped; the rest of the folder is still scanned.
			if path != w.dir {
				w.opts.Logger.Warn("watch: skipping unreadable entry", "path", path, "err", err)
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			return err
		}
		if path == w.dir {
			return nil
		}
		if Ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if w.opts.Accept != nil && !w.opts.Accept(path) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed since the directory was read
		}
		current[path] = version{size: info.Size(), mtime: info.ModTime()}
		return nil
	})
	if err != nil {
		w.opts.Logger.Warn("watch: cannot scan folder", "dir", w.dir, "err", err)
		return nil
	}

	w.mu.Lock()
	defer w.mu.Unlock()
	for path, st := range w.files {
		if _, ok := current[path]; !ok && !st.busy {
			delete(w.files, path) // removed: forget it, a new file there is new
		}
	}
	var ready []string
	for path, v := range current {
		st := w.files[path]
		if st == nil {
			st = &fileState{seen: v, since: now}
			w.files[path] = st
		}
		if !st.seen.mtime.Equal(v.mtime) || st.seen.size != v.size {
			st.seen, st.since = v, now
		}
		if st.busy || now.Sub(st.since) < w.opts.Debounce {
			continue
		}
		if st.done && st.handled.size == v.size && st.handled.mtime.Equal(v.mtime) &&
			(!st.retrying || now.Before(st.retryAt)) {
			continue
		}
		st.busy, st.handled, st.done, st.retrying = true, v, true, false
		ready = append(ready, path)
	}
	sort.Strings(ready)
	return ready
}

// Finish marks a file returned by Poll as no longer busy, handled with
// the given error. The file is handled again when it changes, or, if err
// is transient (Options.Retryable), from RetryDelay after now.
func (w *Watcher) Finish(path string, err error, now time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if st := w.files[path]; st != nil {
		st.busy = false
		if err != nil && w.opts.Retryable(err) {
			st.retrying, st.retryAt = true, now.Add(w.opts.RetryDelay)
		}
	}
}

// Run handles every file in dir, then every new or changed file, until ctx
// is cancelled. It waits for the files being handled to return before it
// returns. It fails only when dir is not a readable directory.
func Run(ctx context.Context, dir string, handle Handler, opts Options) error {
	w, err := New(dir, opts)
	if err != nil {
		return err
	}
	return w.Run(ctx, handle)
}

// Run is the package-level Run on an existing watcher.
func (w *Watcher) Run(ctx context.Context, handle Handler) error {
	sem := make(chan struct{}, w.opts.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	ticker := time.NewTicker(w.opts.Interval)
	defer ticker.Stop()
	for {
		for _, path := range w.Poll(time.Now()) {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				w.Finish(path, nil, time.Now())
				continue
			}
			wg.Add(1)
			go func(path string) {
				defer wg.Done()
				defer func() { <-sem }()
				err := w.handle(ctx, handle, path)
				w.Finish(path, err, time.Now())
				switch {
				case w.opts.OnDone != nil:
					w.opts.OnDone(path, err)
				case err != nil && ctx.Err() == nil && w.opts.Retryable(err):
					w.opts.Logger.Warn("watch: loading failed; will retry", "path", path,
						"in", w.opts.RetryDelay, "err", newsgraph.ErrorMessage(err))
				case err != nil && ctx.Err() == nil:
					w.opts.Logger.Error("watch: loading failed; will retry when the file changes",
						"path", path, "err", newsgraph.ErrorMessage(err))
				}
			}(path)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// handle calls h and turns a panic into an error, so that one bad file
// cannot stop the watch.
func (w *Watcher) handle(ctx context.Context, h Handler, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			w.opts.Logger.Error("watch: handler panicked", "path", path, "panic", r)
			err = newsgraph.Errorf(newsgraph.EINTERNAL, "%s: internal error while loading", path)
		}
	}()
	return h(ctx, path)
}

// tempSuffixes are endings of files that editors, browsers and copy tools
// write before renaming them to their final name.
var tempSuffixes = []string{"~", ".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".swx", ".lock"}

// Ignored reports whether a file or folder name is hidden or temporary:
// such files are never handled, and such folders never entered.
func Ignored(name string) bool {
	if name == "" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~") || strings.HasPrefix(name, "#") {
		return true
	}
	lower := strings.ToLower(name)
	for _, s := range tempSuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}
