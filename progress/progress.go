// Package progress reports the progress of a long load: a progress bar
// (count, rate, ETA, errors) when the output is a terminal, plain log lines
// at a bounded rate otherwise, so that logs of unattended runs stay short
// and readable.
package progress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Mode selects how progress is shown.
type Mode int

// Modes: Auto picks Bar on a terminal and Lines elsewhere.
const (
	Auto Mode = iota
	Bar
	Lines
)

// Options tune a Reporter. The zero value is usable.
type Options struct {
	// Label names the operation: "loading" by default.
	Label string
	// Unit names what is counted: "articles" by default.
	Unit string
	// Mode selects a bar or log lines; Auto by default.
	Mode Mode
	// Interval is the least time between two progress lines in Lines
	// mode; default 5s. Errors and the final summary are always written.
	Interval time.Duration
	// Logger writes the lines in Lines mode; by default a text logger
	// on the Reporter's writer.
	Logger *slog.Logger
	// SilentErrors counts errors without showing them, for callers that
	// report errors themselves (through Write, so the bar stays intact).
	SilentErrors bool
}

// Summary is what a finished Reporter counted.
type Summary struct {
	Done    int           `json:"done"`
	Errors  int           `json:"errors"`
	Total   int           `json:"total"`
	Elapsed time.Duration `json:"elapsed"`
}

// Reporter counts finished items and shows the progress. It is safe for
// concurrent use.
type Reporter struct {
	w    io.Writer
	opts Options
	now  func() time.Time

	mu       sync.Mutex
	bar      *progressbar.ProgressBar
	start    time.Time
	lastLine time.Time
	lines    int // progress lines written
	total    int
	done     int
	errors   int
	finished bool
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// New returns a Reporter writing to w for total items (0 if not yet
// known; see AddTotal).
func New(w io.Writer, total int, opts Options) *Reporter {
	return newReporter(w, total, opts, time.Now)
}

func newReporter(w io.Writer, total int, opts Options, now func() time.Time) *Reporter {
	if opts.Label == "" {
		opts.Label = "loading"
	}
	if opts.Unit == "" {
		opts.Unit = "articles"
	}
	if opts.Interval <= 0 {
		opts.Interval = 5 * time.Second
	}
	if opts.Mode == Auto {
		opts.Mode = Lines
		if IsTerminal(w) {
			opts.Mode = Bar
		}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(w, nil))
	}
	r := &Reporter{w: w, opts: opts, now: now, start: now(), total: total}
	r.lastLine = r.start
	if opts.Mode == Bar {
		r.bar = progressbar.NewOptions(max(total, 1),
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(opts.Label),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString(opts.Unit),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetWidth(30),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
		)
		if total == 0 {
			r.bar.ChangeMax(-1) // unknown length: a spinner until AddTotal
		}
	}
	return r
}

// AddTotal raises the number of items expected, for example when a corpus
// file turns out to hold many articles.
func (r *Reporter) AddTotal(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total += n
	if r.bar != nil {
		r.bar.ChangeMax(max(r.total, 1))
	}
}

// Done records one finished item. A non-nil err counts as an error and is
// shown with the item's name and the error's user message.
func (r *Reporter) Done(name string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.finished {
		return
	}
	r.done++
	if r.done > r.total {
		r.total = r.done
		if r.bar != nil {
			r.bar.ChangeMax(r.total)
		}
	}
	if err != nil {
		r.errors++
	}
	if r.bar != nil {
		if err != nil && !r.opts.SilentErrors {
			_ = r.bar.Clear()
			fmt.Fprintf(r.w, "error: %s: %s\n", name, newsgraph.ErrorMessage(err))
		}
		if err != nil {
			r.bar.Describe(fmt.Sprintf("%s (%d errors)", r.opts.Label, r.errors))
		}
		if r.done < r.total {
			_ = r.bar.Add(1)
		}
		return
	}
	if err != nil && !r.opts.SilentErrors {
		r.opts.Logger.Error(r.opts.Label+" failed", "item", name, "err", newsgraph.ErrorMessage(err))
	}
	if now := r.now(); now.Sub(r.lastLine) >= r.opts.Interval {
		r.lastLine = now
		r.lines++
		r.line("progress")
	}
}

// Write writes p (whole lines) to the Reporter's writer above the bar, so
// that messages printed during a load do not tear it. Use the Reporter as
// the load's standard error.
func (r *Reporter) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar == nil || r.finished {
		return r.w.Write(p)
	}
	_ = r.bar.Clear()
	n, err := r.w.Write(p)
	_ = r.bar.RenderBlank()
	return n, err
}

// line writes one progress log line; r.mu is held.
func (r *Reporter) line(msg string) {
	elapsed := r.now().Sub(r.start)
	args := []any{"label", r.opts.Label, "done", r.done, "total", r.total, "unit", r.opts.Unit, "errors", r.errors}
	if secs := elapsed.Seconds(); secs > 0 {
		rate := float64(r.done) / secs
		args = append(args, "rate", fmt.Sprintf("%.1f/s", rate))
		if rate > 0 && r.total > r.done {
			eta := time.Duration(float64(r.total-r.done) / rate * float64(time.Second))
			args = append(args, "eta", eta.Round(time.Second).String())
		}
	}
	args = append(args, "elapsed", elapsed.Round(time.Millisecond).String())
	r.opts.Logger.Info(msg, args...)
}

// Finish completes the bar or, if progress lines were written, writes a
// summary line, and returns the counts. Calls after the first return the same counts and show nothing.
func (r *Reporter) Finish() Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := Summary{Done: r.done, Errors: r.errors, Total: r.total, Elapsed: r.now().Sub(r.start)}
	if r.finished {
		return s
	}
	r.finished = true
	if r.bar != nil {
		if r.done > 0 {
			_ = r.bar.Set(r.done)
			if r.done < r.total {
				_ = r.bar.Exit()
				fmt.Fprintln(r.w)
			}
		} else {
			_ = r.bar.Exit()
			fmt.Fprintln(r.w)
		}
		return s
	}
	if r.lines > 0 {
		// A load short enough to need no progress line needs no summary
		// line either: the caller prints its own.
		r.line("finished")
	}
	return s
}
